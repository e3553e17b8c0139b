package dev.tandem.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the server answered; the body is kept as text so a failing assertion can show it. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    /** The body as a JSON object; fails with the status and body when it is not one. */
    public JsonObject json() {
        JsonValue value = parse();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalStateException("Not a JSON object: " + this);
        }
        return value.asJsonObject();
    }

    /** The body as a JSON array (lists that are not pages, e.g. {@code GET /api/providers}). */
    public JsonArray array() {
        JsonValue value = parse();
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalStateException("Not a JSON array: " + this);
        }
        return value.asJsonArray();
    }

    /** The {@code items} of a list page ({@code {"items": [...], "next": ...}}). */
    public JsonArray items() {
        return json().getJsonArray("items");
    }

    /** The {@code next} cursor of a list page, empty on the last page. */
    public Optional<String> next() {
        JsonObject page = json();
        return page.isNull("next") ? Optional.empty() : Optional.of(page.getString("next"));
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, e.g. {@code application/problem+json}; empty string when absent. */
    public String mediaType() {
        return header("Content-Type").map(type -> type.split(";")[0].trim()).orElse("");
    }

    private JsonValue parse() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new IllegalStateException("Not JSON: " + this, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}

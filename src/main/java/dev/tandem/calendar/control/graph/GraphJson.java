package dev.tandem.calendar.control.graph;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** Reads Graph's JSON leniently: a member that is missing, null or of another type reads as absent. */
final class GraphJson {

    private GraphJson() {
    }

    /** The string at a path of member names, e.g. {@code text(event, "organizer", "emailAddress", "address")}. */
    static Optional<String> text(JsonObject object, String... path) {
        return value(object, path).filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString());
    }

    static Optional<JsonObject> object(JsonObject object, String... path) {
        return value(object, path).filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject);
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        return value(object, name).filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY)
                .map(JsonValue::asJsonArray).map(GraphJson::objectsOf).orElse(List.of());
    }

    static List<String> texts(JsonObject object, String name) {
        return value(object, name).filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY)
                .map(array -> array.asJsonArray().getValuesAs(JsonValue.class).stream()
                        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                        .map(v -> ((JsonString) v).getString()).toList())
                .orElse(List.of());
    }

    static boolean isTrue(JsonObject object, String name) {
        return value(object, name).filter(v -> v.getValueType() == JsonValue.ValueType.TRUE).isPresent();
    }

    static Optional<Integer> number(JsonObject object, String... path) {
        return value(object, path).filter(v -> v.getValueType() == JsonValue.ValueType.NUMBER)
                .map(v -> ((jakarta.json.JsonNumber) v).intValue());
    }

    /** {@code error.code} of a Graph error answer, if the body is one. */
    static Optional<String> errorCode(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return text(reader.readObject(), "error", "code");
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    private static List<JsonObject> objectsOf(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList();
    }

    private static Optional<JsonValue> value(JsonObject object, String... path) {
        JsonValue current = object;
        for (String name : path) {
            if (current == null || current.getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            current = current.asJsonObject().get(name);
        }
        return Optional.ofNullable(current).filter(v -> v.getValueType() != JsonValue.ValueType.NULL);
    }
}

package dev.tandem.calendar.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A deployed Tandem's API as one demo user calls it over HTTP, for the integration tests. */
final class TandemHttp {

    /** A response's status and JSON body (null when empty). */
    record Answer(int status, JsonStructure json) {
        JsonObject object() {
            return (JsonObject) json;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String authorization;

    TandemHttp(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    private Answer send(String method, String path, String json) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null
                    : Json.createReader(new StringReader(body)).read());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

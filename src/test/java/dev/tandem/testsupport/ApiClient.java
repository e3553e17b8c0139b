package dev.tandem.testsupport;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Calls Tandem's JSON API as one user (HTTP Basic, RFC 7617) or anonymously. Paths are relative to the server's
 * root ({@code "api/contacts"} or {@code "/api/contacts"}). Redirects are not followed, so tests see them. Bodies
 * go out as {@code application/json}; {@link #send(HttpRequest)} takes any request built from
 * {@link #request(String)} for what the shortcuts do not cover (other media types, chunked bodies).
 *
 * <pre>{@code
 * var alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
 * ApiResponse created = alice.post("api/contacts", Json.createObjectBuilder().add("name", "Ana").build());
 * long id = created.json().getJsonNumber("id").longValue();
 * }</pre>
 */
public final class ApiClient {

    /**
     * HTTP/1.1 only: the JDK client would otherwise upgrade plain connections to HTTP/2 (h2c), which Payara's
     * Grizzly accepts but then resets streams on (seen with Expect: 100-continue), failing unrelated later calls.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUri;
    private final Optional<String> authorization;

    private ApiClient(URI baseUri, Optional<String> authorization) {
        this.baseUri = baseUri;
        this.authorization = authorization;
    }

    /** An anonymous client of the server at {@code baseUri} (its root, ending in a slash). */
    public static ApiClient to(URI baseUri) {
        return new ApiClient(baseUri, Optional.empty());
    }

    /** The same server, as this user. */
    public ApiClient as(String username, String password) {
        byte[] pair = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return new ApiClient(baseUri, Optional.of("Basic " + Base64.getEncoder().encodeToString(pair)));
    }

    public ApiResponse get(String path) {
        return send(request(path).GET().build());
    }

    public ApiResponse post(String path, JsonStructure body) {
        return send(withJson(path, "POST", body.toString()));
    }

    public ApiResponse put(String path, JsonStructure body) {
        return send(withJson(path, "PUT", body.toString()));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Sends a body as it is, e.g. malformed JSON. */
    public ApiResponse send(String method, String path, String jsonText) {
        return send(withJson(path, method, jsonText));
    }

    /** A request to {@code path} with this client's credentials and {@code Accept: application/json}. */
    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /** GETs raw bytes (an attachment, say) with the response headers. */
    public java.net.http.HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).header("Accept", "*/*").GET().build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }

    public ApiResponse send(HttpRequest request) {
        try {
            var response = HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private HttpRequest withJson(String path, String method, String body) {
        BodyPublisher publisher = BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return request(path).header("Content-Type", "application/json").method(method, publisher).build();
    }

    private URI resolve(String path) {
        return baseUri.resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}

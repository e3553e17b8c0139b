package dev.tandem.calendar.control.graph;

import dev.tandem.platform.AddressNotAllowedException;
import dev.tandem.platform.BoundedBody;
import dev.tandem.platform.OutboundAddressPolicy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends {@link GraphRequest}s with {@code Authorization: Bearer} (RFC 6750 §2.1), timeouts and the preferences
 * Tandem reads events with: every time in UTC ({@code Prefer: outlook.timezone="UTC"}) and bodies as text
 * ({@code Prefer: outlook.body-content-type="text"}). Throttled requests are retried as {@link Throttling} says.
 * Redirects are not followed, so the token goes nowhere but where it was meant to; every host passes the
 * {@link OutboundAddressPolicy} first, and answers are read up to {@link BoundedBody#LIMIT}, as CalDAV's are.
 */
public final class GraphHttp {

    private final HttpClient http;
    private final String accessToken;
    private final Duration requestTimeout;
    private final OutboundAddressPolicy policy;
    private final Throttling throttling;

    public GraphHttp(String accessToken, Duration connectTimeout, Duration requestTimeout,
                     OutboundAddressPolicy policy, Throttling throttling) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.accessToken = accessToken;
        this.requestTimeout = requestTimeout;
        this.policy = policy;
        this.throttling = throttling;
    }

    /** The response body of a 2xx answer (an empty object for 204); a {@link GraphException} otherwise. */
    JsonObject send(GraphRequest request) {
        for (int retry = 1; ; retry++) {
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            if (!Throttling.isThrottled(status)) {
                return bodyOf(request, response);
            }
            Optional<Duration> wait = throttling.waitBefore(retry, response.headers().firstValue("Retry-After"));
            if (wait.isEmpty()) {
                throw failure(request, response);
            }
            pause(request, wait.get());
        }
    }

    private void pause(GraphRequest request, Duration wait) {
        try {
            throttling.pause().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(request.describe() + " was interrupted while throttled", e);
        }
    }

    private HttpResponse<String> exchange(GraphRequest request) {
        checkAddress(request);
        try {
            return http.send(toHttpRequest(request), BoundedBody.handler());
        } catch (IOException e) {
            if (BoundedBody.isTooLarge(e)) {
                throw new GraphException(request.describe() + " failed: " + BoundedBody.LIMIT / (1024 * 1024)
                        + " MB read and Graph's answer was not over; it is not read further.", e);
            }
            throw new GraphException(request.describe() + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(request.describe() + " was interrupted", e);
        }
    }

    private void checkAddress(GraphRequest request) {
        String host = request.uri().getHost();
        if (host == null) {
            throw new GraphException(request.describe() + " has no host", GraphException.NO_RESPONSE, null);
        }
        try {
            policy.permittedAddresses(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (AddressNotAllowedException e) {
            throw new GraphException(request.describe() + " not sent: " + e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new GraphException(request.describe() + " failed: unknown host " + host, e);
        }
    }

    private HttpRequest toHttpRequest(GraphRequest request) {
        var builder = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body().toString(), StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .header("Prefer", "outlook.timezone=\"UTC\"")
                .header("Prefer", "outlook.body-content-type=\"text\"");
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private static JsonObject bodyOf(GraphRequest request, HttpResponse<String> response) {
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw failure(request, response);
        }
        String body = response.body();
        if (body == null || body.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GraphException(request.describe() + " answered " + response.statusCode()
                    + " with a body that is no JSON object", response.statusCode(), null);
        }
    }

    /** Graph's error body (RFC-less, documented as {@code {"error": {"code", "message"}}}) gives the code. */
    private static GraphException failure(GraphRequest request, HttpResponse<String> response) {
        String code = GraphJson.errorCode(response.body()).orElse("");
        return new GraphException(request.describe() + " answered " + response.statusCode()
                + (code.isEmpty() ? "" : " (" + code + ")"), response.statusCode(), code);
    }
}

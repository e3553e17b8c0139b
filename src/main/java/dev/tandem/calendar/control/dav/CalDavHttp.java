package dev.tandem.calendar.control.dav;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends {@link DavRequest}s over {@link HttpClient} with Basic authentication and timeouts, and turns failures
 * into the {@link CalDavException} hierarchy through {@link CalDavStatus}.
 */
public final class CalDavHttp {

    /** Pooled connections the server already closed are given up on after this many tries. */
    private static final int STALE_CONNECTION_ATTEMPTS = 3;

    private final HttpClient http;
    private final String authorization;
    private final Duration requestTimeout;

    public CalDavHttp(CalDavCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.authorization = credentials.basicAuthorization();
        this.requestTimeout = requestTimeout;
    }

    /** Sends the request and returns the response when its status is 2xx; throws otherwise. */
    public HttpResponse<String> send(DavRequest request) {
        HttpResponse<String> response = exchange(request);
        CalDavStatus.check(request, response);
        return response;
    }

    private HttpResponse<String> exchange(DavRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt >= STALE_CONNECTION_ATTEMPTS || !StaleConnection.causes(e)) {
                    throw new CalDavException(request.describe() + " failed: " + e.getClass().getSimpleName(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalDavException(request.describe() + " was interrupted", e);
            }
        }
    }

    private HttpRequest toHttpRequest(DavRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        var builder = HttpRequest.newBuilder(request.uri())
                .timeout(requestTimeout)
                .method(request.method(), body)
                .header("Authorization", authorization);
        request.headersWithDefaults().forEach(builder::header);
        return builder.build();
    }
}

package dev.tandem.calendar.control.dav;

import dev.tandem.platform.AddressNotAllowedException;
import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends {@link DavRequest}s over {@link HttpClient} with Basic or bearer authentication, timeouts and answers
 * read up to {@link BoundedBody#LIMIT}, and turns failures
 * into the {@link CalDavException} hierarchy through {@link CalDavStatus}. Every URL it goes to, the first and
 * each redirect's (followed here, not by the client, so that none escapes the check), must resolve to an address
 * the {@link OutboundAddressPolicy} permits. java.net.http offers no socket hook, so the name is resolved through
 * the policy just before the request; the JDK's address cache (30 s by default) makes the client's own look-up
 * return the same answer.
 */
public final class CalDavHttp {

    /** Pooled connections the server already closed are given up on after this many tries. */
    private static final int STALE_CONNECTION_ATTEMPTS = 3;
    /** As many as the JDK's client follows by itself (jdk.httpclient.redirects.retrylimit). */
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final String authorization;
    private final Duration requestTimeout;
    private final OutboundAddressPolicy policy;

    public CalDavHttp(CalDavCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        this(credentials, connectTimeout, requestTimeout, OutboundAddressPolicy.configured());
    }

    public CalDavHttp(CalDavCredentials credentials, Duration connectTimeout, Duration requestTimeout,
                      OutboundAddressPolicy policy) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = credentials.authorization();
        this.requestTimeout = requestTimeout;
        this.policy = policy;
    }

    /** Sends the request and returns the response when its status is 2xx; throws otherwise. */
    public HttpResponse<String> send(DavRequest request) {
        HttpResponse<String> response = exchange(request);
        CalDavStatus.check(request, response);
        return response;
    }

    /** Follows redirects as the JDK's NORMAL mode did (never from https to http), each through the policy. */
    private HttpResponse<String> exchange(DavRequest request) {
        DavRequest current = request;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<String> response = exchangeOnce(current);
            var location = response.headers().firstValue("Location");
            if (!isRedirect(response.statusCode()) || location.isEmpty() || redirects == MAX_REDIRECTS) {
                return response;
            }
            URI next = current.uri().resolve(location.get());
            if ("https".equalsIgnoreCase(current.uri().getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                return response;
            }
            current = current.redirectedTo(next, response.statusCode() == 303);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private void checkAddress(DavRequest request) {
        String host = request.uri().getHost();
        if (host == null) {
            throw new CalDavException(request.describe() + " has no host", CalDavException.NO_RESPONSE);
        }
        try {
            policy.permittedAddresses(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (AddressNotAllowedException e) {
            throw new CalDavAddressNotAllowedException(e);
        } catch (UnknownHostException e) {
            throw new CalDavException(request.describe() + " failed: unknown host " + host, e);
        }
    }

    private HttpResponse<String> exchangeOnce(DavRequest request) {
        checkAddress(request);
        HttpRequest httpRequest = toHttpRequest(request);
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(httpRequest, BoundedBody.handler());
            } catch (IOException e) {
                if (isTooLarge(e)) {
                    throw new CalDavException(request.describe() + " failed: " + BoundedBody.LIMIT / (1024 * 1024)
                            + " MB read and the server's answer was not over; it is not read further.", e);
                }
                if (attempt >= STALE_CONNECTION_ATTEMPTS || !StaleConnection.causes(e)) {
                    throw new CalDavException(request.describe() + " failed: " + e.getClass().getSimpleName(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalDavException(request.describe() + " was interrupted", e);
            }
        }
    }

    private static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBody.TooLarge) {
                return true;
            }
        }
        return false;
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

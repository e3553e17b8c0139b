package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as far as server-rendered pages need one: it keeps cookies (the session), sends one Accept-Language,
 * and does not follow redirects, so tests can see where the server sends them.
 */
public final class WebSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUri;
    private final String acceptLanguage;
    private final HttpClient http;

    private WebSession(URI baseUri, String acceptLanguage) {
        this.baseUri = baseUri;
        this.acceptLanguage = acceptLanguage;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A new session (no cookies yet) on the server at {@code baseUri}, asking for pages in this language. */
    public static WebSession open(URI baseUri, String acceptLanguage) {
        return new WebSession(baseUri, acceptLanguage);
    }

    public WebPage get(String path) {
        return send(request(path).GET().build());
    }

    /** Fills in and posts the login form; the answer is a redirect to the dashboard, or the form again. */
    public WebPage signIn(String username, String password) {
        WebPage login = get("login.xhtml");
        return postForm(login.formAction("login"), Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", "Sign in",
                "jakarta.faces.ViewState", login.viewState()));
    }

    /** Posts an HTML form ({@code application/x-www-form-urlencoded}) to the path or URL of its action. */
    public WebPage postForm(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT).header("Accept-Language", acceptLanguage);
    }

    private WebPage send(HttpRequest request) {
        try {
            var response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new WebPage(response.statusCode(), response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

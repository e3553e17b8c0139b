package dev.tandem.testsupport.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What the OAuth pop-up window does, without a browser: on the provider's page (a sign-in form when Tandem asks
 * for consent, as Google's {@code prompt=consent} does) the user confirms as the account, and the provider sends the
 * window to Tandem's /oauth/callback, whose page it then shows.
 */
public final class ConsentWindow {

    /** Where the provider sent the window and the page Tandem showed there. */
    public record Result(URI callback, int status, String page) {
    }

    private ConsentWindow() {
    }

    public static Result confirm(URI consent, OAuthAccount account) throws IOException, InterruptedException {
        HttpResponse<String> redirect = get(consent);
        if (redirect.statusCode() == 200 && redirect.body().contains("name=\"username\"")) {
            redirect = client().send(HttpRequest.newBuilder(consent)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username="
                                    + URLEncoder.encode(account.email(), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        if (redirect.statusCode() != 302) {
            throw new AssertionError("the provider did not send the window back (" + redirect.statusCode() + "): "
                    + redirect.body());
        }
        URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = get(callback);
        return new Result(callback, page.statusCode(), page.body());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client().send(HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }
}

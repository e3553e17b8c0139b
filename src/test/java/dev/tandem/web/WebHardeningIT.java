package dev.tandem.web;

import static dev.tandem.testsupport.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.WebPage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser and an attacker see of the web side on the real build: the defence headers on every kind of
 * response, the session cookie's flags and its renewal at login, and sign-in throttling on the API and the form.
 * Throttling uses an account of its own, so alice and bob keep signing in. And one user can read or change nothing
 * of another's: a table of every API call that names a user's own record, made by bob on alice's.
 */
@ExtendWith(ArquillianExtension.class)
class WebHardeningIT {

    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive realBuild() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tandem.war")));
    }

    @Test
    void pagesApiStaticFilesAndErrorsAllCarryTheBrowserDefences() {
        Map<String, Optional<String>> responses = Map.of(
                "login page", Optional.empty(),
                "api/me", Optional.of("alice:alice-demo-1"),
                "api/contacts", Optional.empty(),
                "jakarta.faces.resource/tandem.css.xhtml", Optional.empty(),
                "no-such-page.xhtml", Optional.empty());
        responses.forEach((path, login) -> {
            HttpResponse<String> response = get(path.equals("login page") ? "login.xhtml" : path, login);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("object-src 'none'"), () -> path + ": " + csp);
            assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), path);
            assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"), path);
            assertEquals(Optional.of("same-origin"), response.headers().firstValue("Referrer-Policy"), path);
            assertTrue(response.headers().firstValue("Cross-Origin-Opener-Policy").isEmpty(), path);
        });
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() {
        HttpResponse<String> loginPage = get("login.xhtml", Optional.empty());
        String cookie = sessionCookie(loginPage).orElseThrow(() -> new AssertionError(loginPage.headers()));
        // Attribute names and the SameSite value are case-insensitive (RFC 6265 §5.2, RFC 6265bis §5.6.7).
        String flags = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(flags.contains("; httponly") && flags.contains("; samesite=lax"), cookie);
        assertFalse(flags.contains("; secure"), "plain HTTP: Secure only behind TLS: " + cookie);
        String before = idOf(cookie);

        HttpResponse<String> signedIn = postLogin(loginPage, "bob", "bob-demo-1", "en");

        assertEquals(302, signedIn.statusCode(), signedIn::body);
        String after = idOf(sessionCookie(signedIn).orElseThrow(() -> new AssertionError(signedIn.headers())));
        assertNotEquals(before, after, "a new session id at login (no session fixation)");
    }

    @Test
    void repeatedWrongPasswordsThrottleTheAccountOnTheApiAndTheLoginForm() {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-password-1";
        ApiResponse created = api().as("alice", "alice-demo-1").send("POST", "api/users", "{\"username\":\""
                + username + "\",\"password\":\"" + password + "\",\"displayName\":\"T\",\"email\":\"" + username
                + "@tandem.test\"}");
        assertEquals(201, created.status(), created::toString);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api().as(username, "wrong-" + i).get("api/me").status());
        }

        ApiResponse refused = api().as(username, password).get("api/me");

        assertProblem(refused, 429, "try again in");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 300, refused::toString);
        String form = postLogin(get("login.xhtml", Optional.empty()), username, password, "es").body();
        assertTrue(new WebPage(200, Optional.empty(), form).text().contains("Demasiados intentos fallidos"), form);
        assertEquals(200, api().as("bob", "bob-demo-1").get("api/me").status(), "other accounts sign in");
    }

    @Test
    void bobCanReadOrChangeNothingOfAlices() {
        ApiClient alice = api().as("alice", "alice-demo-1");
        ApiClient bob = api().as("bob", "bob-demo-1");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long note = idOf(alice.send("POST", "api/activities", "{\"type\":\"NOTE\",\"subject\":\"Private " + tag
                + "\"}"), "id");
        long event = idOf(alice.send("POST", "api/events", "{\"title\":\"Private " + tag + "\",\"start\":"
                + "\"2026-12-01T09:30:00+01:00\",\"end\":\"2026-12-01T10:00:00+01:00\"}"), "eventId");
        long task = idOf(alice.send("POST", "api/tasks", "{\"title\":\"Private " + tag + "\"}"), "id");
        ApiResponse blocked = alice.send("POST", "api/me/blocklist", "{\"entry\":\"" + tag + "@spam.example\"}");
        long entry = blocked.json().getJsonObject("blocked").getJsonNumber("id").longValue();
        String edit = "{\"title\":\"Taken\",\"subject\":\"Taken\",\"start\":\"2026-12-01T09:30:00+01:00\"}";
        List<String[]> calls = List.of(
                new String[] {"GET", "api/activities/" + note, null},
                new String[] {"PUT", "api/activities/" + note, edit},
                new String[] {"PATCH", "api/activities/" + note, edit},
                new String[] {"DELETE", "api/activities/" + note, null},
                new String[] {"GET", "api/activities/" + note + "/attachments/1", null},
                new String[] {"GET", "api/events/" + event, null},
                new String[] {"PUT", "api/events/" + event, edit},
                new String[] {"DELETE", "api/events/" + event, null},
                new String[] {"GET", "api/tasks/" + task, null},
                new String[] {"PUT", "api/tasks/" + task, edit},
                new String[] {"DELETE", "api/tasks/" + task, null},
                new String[] {"DELETE", "api/me/blocklist/" + entry, null});

        for (String[] call : calls) {
            ApiResponse answer = call[2] == null
                    ? bob.send(bob.request(call[1]).method(call[0], HttpRequest.BodyPublishers.noBody()).build())
                    : bob.send(call[0], call[1], call[2]);
            assertEquals(404, answer.status(), () -> call[0] + " " + call[1] + " by bob: " + answer);
        }
        for (String list : List.of("api/activities?limit=500", "api/tasks?limit=500", "api/me/blocklist",
                "api/events?from=2026-11-30T00:00:00Z&to=2026-12-03T00:00:00Z")) {
            assertFalse(bob.get(list).body().contains(tag), () -> list + " shows bob alice's record");
        }
        assertEquals(403, bob.get("api/users").status(), "the user list is for admins");
        assertEquals(403, bob.send("POST", "api/blocklist", "{\"entry\":\"" + tag + ".example\"}").status());
        assertEquals(200, alice.get("api/activities/" + note).status());
        assertTrue(alice.get("api/events/" + event).body().contains("Private " + tag));
        assertTrue(alice.get("api/tasks/" + task).body().contains("Private " + tag));
        assertTrue(alice.get("api/me/blocklist").body().contains(tag + "@spam.example"));
    }

    @Test
    void mailPreferencesAreEachUsersOwn() {
        ApiClient alice = api().as("alice", "alice-demo-1");
        ApiClient bob = api().as("bob", "bob-demo-1");
        alice.send("PUT", "api/me/mail-preferences", "{\"logBulkMail\":true}");

        bob.send("PUT", "api/me/mail-preferences", "{\"logBulkMail\":false}");

        assertTrue(alice.get("api/me/mail-preferences").json().getBoolean("logBulkMail"));
        assertFalse(bob.get("api/me/mail-preferences").json().getBoolean("logBulkMail"));
        alice.send("PUT", "api/me/mail-preferences", "{\"logBulkMail\":false}");
    }

    @Test
    void theConnectionTestRefusesTheCloudMetadataAddressBeforeConnecting() {
        ApiResponse test = api().as("bob", "bob-demo-1").send("POST", "api/imap-test", "{\"host\":\"169.254.169.254\","
                + "\"port\":993,\"security\":\"SSL\",\"username\":\"bob\",\"password\":\"pw\"}");

        assertEquals(200, test.status(), test::toString);
        assertFalse(test.json().getBoolean("ok"));
        var steps = test.json().getJsonArray("steps");
        assertEquals(1, steps.size(), "stops at DNS, before TCP: " + test);
        assertTrue(steps.getJsonObject(0).getString("detail").contains("tandem.net.allowed-networks"), test::toString);
    }

    private static long idOf(ApiResponse created, String member) {
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber(member).longValue();
    }

    private HttpResponse<String> postLogin(HttpResponse<String> loginPage, String username, String password,
                                           String language) {
        WebPage page = new WebPage(loginPage.statusCode(), Optional.empty(), loginPage.body());
        String body = Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "Sign in", "jakarta.faces.ViewState", page.viewState()).entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(baseUri().resolve(page.formAction("login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .header("Cookie", "JSESSIONID=" + idOf(sessionCookie(loginPage).orElseThrow()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    private HttpResponse<String> get(String path, Optional<String> login) {
        var request = HttpRequest.newBuilder(baseUri().resolve(path)).GET();
        login.ifPresent(pair -> request.header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return RAW.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((first, last) -> last);
    }

    private static String idOf(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ApiClient api() {
        return ApiClient.to(baseUri());
    }

    private URI baseUri() {
        try {
            return deploymentUrl.toURI().resolve("/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

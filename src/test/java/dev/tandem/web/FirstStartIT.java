package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.WebPage;
import dev.tandem.testsupport.WebSession;
import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deployment as an administrator starts it: no demo data, the first admin from {@code TANDEM_ADMIN_USER} /
 * {@code TANDEM_ADMIN_PASSWORD}. That admin signs in to the API and, through the Faces login form, to the web UI
 * (in English or Spanish); no password used ever shows up in the server's log.
 */
class FirstStartIT {

    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "first-admin-" + UUID.randomUUID();

    private static TandemServer server;

    @BeforeAll
    static void startWithoutDemoData() {
        server = TandemServer.start(TandemServerSettings.inFreshDataDir("first-start")
                .with("tandem.demo.data", "false").withFirstAdmin(ADMIN, ADMIN_PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theConfiguredAdminIsTheOnlyUser() {
        ApiResponse me = api().as(ADMIN, ADMIN_PASSWORD).get("api/me");

        assertEquals(200, me.status(), me::toString);
        assertEquals(List.of("ADMIN", "USER"), me.json().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(401, api().as("alice", "alice-demo-1").get("api/me").status(), "no demo users");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
        WebPage profile = WebSession.open(server.baseUri(), "en").get("profile.xhtml");

        assertEquals(302, profile.status(), profile::html);
        assertTrue(profile.location().orElseThrow().endsWith("/login.xhtml"), profile.location()::toString);
    }

    @Test
    void theLoginFormLeadsToTheDashboardAndTheProfileKnowsTheUser() {
        var browser = WebSession.open(server.baseUri(), "en");
        WebPage afterLogin = browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertTrue(afterLogin.location().orElse("").endsWith("/app/dashboard.xhtml"), afterLogin::toString);

        WebPage profile = browser.get("profile.xhtml");
        assertEquals(200, profile.status(), profile::html);
        assertTrue(profile.text().contains("Signed in as Administrator"), profile::text);
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAnError() {
        var browser = WebSession.open(server.baseUri(), "en");
        WebPage refused = browser.signIn(ADMIN, "not-the-password");

        assertTrue(refused.text().contains("The user name or password is wrong."), refused::text);
        assertEquals(302, browser.get("profile.xhtml").status(), "still signed out");
    }

    @Test
    void theLoginPageSpeaksSpanishToSpanishBrowsers() {
        WebPage login = WebSession.open(server.baseUri(), "es-ES,es;q=0.9").get("login.xhtml");

        assertTrue(login.text().contains("Inicia sesión en Tandem"), login::text);
        assertTrue(login.text().contains("Contraseña"), login::text);
        assertTrue(login.html().contains("value=\"Entrar\""), login::html);
    }

    @Test
    void noPasswordReachesTheLog() {
        String newUserPassword = "carol-" + UUID.randomUUID();
        var carol = Json.createObjectBuilder().add("username", "carol").add("password", newUserPassword)
                .add("displayName", "Carol").add("email", "carol@tandem.test").build();
        assertEquals(201, api().as(ADMIN, ADMIN_PASSWORD).post("api/users", carol).status());
        api().as("carol", newUserPassword).get("api/me");
        WebSession.open(server.baseUri(), "en").signIn("carol", "carol-wrong-" + newUserPassword);

        String log = server.log();
        assertTrue(log.contains("Created the first administrator"), "the log is the server's");
        for (String secret : List.of(ADMIN_PASSWORD, newUserPassword)) {
            assertFalse(log.contains(secret), "a password in " + server.logFile());
        }
    }

    private static ApiClient api() {
        return ApiClient.to(server.baseUri());
    }
}

package dev.tandem.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import dev.tandem.testsupport.oauth.ConsentWindow;
import dev.tandem.testsupport.oauth.OAuthAccount;
import dev.tandem.testsupport.oauth.OAuthTestBed;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in with OAuth, from "choose provider" to synced mail and calendar, through the same code production runs,
 * with only the endpoints configured to local servers: a real OAuth 2.0 server (PKCE, refresh, rotation, signed ID
 * tokens) behind a front that can withdraw consent, GreenMail taking XOAUTH2 logins with the tokens that server
 * granted, and Radicale behind a bearer-checking front as Google's CalDAV. Tandem runs as the packaged server.
 */
class OAuthSignInIT {

    /** Shorter than Tandem's renewal margin (five minutes): every session must refresh before it syncs. */
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(90);
    private static final OAuthAccount GOOGLE = new OAuthAccount("google", "carla.sales@gmail.test", "carla",
            "radicale-" + UUID.randomUUID());
    private static final OAuthAccount MICROSOFT = OAuthAccount.microsoft("microsoft", "dario@contoso.test", "dario",
            "radicale-" + UUID.randomUUID());

    private static OAuthTestBed bed;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        bed = OAuthTestBed.start(TOKEN_LIFETIME, List.of(GOOGLE, MICROSOFT));
        var settings = TandemServerSettings.inFreshDataDir("oauth").withDemoData()
                .with("tandem.sync.retry-base-seconds", "1");
        tandem = TandemServer.start(bed.configure(bed.configure(settings, "gmail", GOOGLE), "exchange", MICROSOFT));
        for (String user : List.of("carla", "dario", "felix")) {
            admin().post("users", Json.createObjectBuilder().add("username", user).add("password", user + "-pw-1")
                    .add("displayName", user).add("email", user + "@tandem.test").build());
        }
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
            String log = tandem.log();
            assertFalse(log.contains(bed.clientSecret()), "the OAuth client secret reached the server log");
            assertFalse(log.contains("access_token") || log.contains("refresh_token"), "a token reached the log");
        }
        if (bed != null) {
            bed.close();
        }
    }

    private static ApiClient admin() {
        return ApiClient.to(tandem.uri("api/")).as("alice", "alice-demo-1");
    }

    private static ApiClient user(String name) {
        return ApiClient.to(tandem.uri("api/")).as(name, name + "-pw-1");
    }

    @Test
    void gmailSignsInThroughTheConsentPageAndSyncsMailAndCalendarWithRenewedTokens() throws Exception {
        var carla = user("carla");
        var start = carla.post("me/sync/oauth/start", Json.createObjectBuilder().add("provider", "GMAIL")
                .add("mode", "MAIL_AND_CALENDAR").build());
        assertEquals(200, start.status(), start::toString);
        URI consent = URI.create(start.json().getString("authorizationUrl"));
        String query = consent.getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("code_challenge="), query);
        assertTrue(query.contains("state=" + start.json().getString("state")), query);
        assertTrue(query.contains("access_type=offline"), "Google gives a refresh token only offline: " + query);
        assertTrue(query.contains("mail.google.com") && query.contains("auth%2Fcalendar"), query);

        String done = finishInPopUp(consent, GOOGLE);
        assertTrue(done.contains("data-connected=\"true\""), done);

        var status = carla.get("me/sync").json();
        assertEquals("ACTIVE", status.getString("state"), status::toString);
        assertEquals("GMAIL", status.getString("provider"));
        assertEquals(GOOGLE.email(), status.getString("account"));
        assertFalse(status.toString().contains("token"), status::toString);

        String subject = "Offer via Gmail " + UUID.randomUUID();
        bed.deliver(GOOGLE, TestMails.plain("<" + UUID.randomUUID() + "@acme.com>", "ana@acme.com", GOOGLE.email(),
                subject, "Our offer."));
        int tokenRequestsBefore = bed.providers().tokenRequests(GOOGLE.issuerId());
        carla.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> carla.get("activities?type=EMAIL").body().contains(subject));
        assertTrue(bed.providers().tokenRequests(GOOGLE.issuerId()) > tokenRequestsBefore,
                "a token about to expire is renewed before the session uses it");

        var events = carla.get("events?from=2026-01-01T00:00:00Z&to=2027-12-31T00:00:00Z");
        assertEquals(200, events.status(), events::toString);
        var created = carla.post("events", Json.createObjectBuilder().add("title", "Demo for Acme")
                .add("start", "2026-12-15T10:00:00+01:00").add("end", "2026-12-15T11:00:00+01:00")
                .add("allDay", false).add("timeZone", "Europe/Madrid").build());
        assertEquals(201, created.status(), created::toString);
        carla.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> bed.calendarHolds(GOOGLE, "Demo for Acme"));
        assertEquals("ACTIVE", carla.get("me/sync").json().getString("state"));
    }

    @Test
    void aWithdrawnConsentAsksTheUserToSignInAgainWithoutRetrying() throws Exception {
        var dario = user("dario");
        var start = dario.post("me/sync/oauth/start", Json.createObjectBuilder().add("provider", "EXCHANGE")
                .add("mode", "MAIL").build());
        assertEquals(200, start.status(), start::toString);
        URI consent = URI.create(start.json().getString("authorizationUrl"));
        assertTrue(consent.getRawQuery().contains("IMAP.AccessAsUser.All"), consent::toString);
        assertFalse(consent.getRawQuery().contains("Calendars"), "mail only asks for no calendar scope");
        assertTrue(finishInPopUp(consent, MICROSOFT).contains("data-connected=\"true\""));
        String subject = "Before revoking " + UUID.randomUUID();
        bed.deliver(MICROSOFT, TestMails.plain("<" + UUID.randomUUID() + "@globex.com>", "hank@globex.com",
                MICROSOFT.email(), subject, "Hello."));
        Await.until(Duration.ofSeconds(60), () -> dario.get("activities?type=EMAIL").body().contains(subject));

        bed.providers().revoke(MICROSOFT.issuerId());
        dario.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> "NEEDS_REAUTH".equals(dario.get("me/sync").json()
                .getString("state")));
        var status = dario.get("me/sync").json();
        assertTrue(status.getJsonObject("mail").getString("lastError").contains("sign in again"), status::toString);
        int requests = bed.providers().tokenRequests(MICROSOFT.issuerId());
        Thread.sleep(4_000);
        assertEquals(requests, bed.providers().tokenRequests(MICROSOFT.issuerId()), "no retries after invalid_grant");
        assertEquals(409, dario.post("me/sync/run", Json.createObjectBuilder().build()).status());
    }

    @Test
    void aDeniedConsentOrAReplayedCallbackConnectsNothing() throws Exception {
        var felix = user("felix");
        var start = felix.post("me/sync/oauth/start", Json.createObjectBuilder().add("provider", "GMAIL")
                .add("mode", "MAIL").build());
        String state = start.json().getString("state");
        String denied = get(tandem.uri("oauth/callback?error=access_denied&state=" + state)).body();
        assertTrue(denied.contains("did not give Tandem access"), denied);
        assertEquals("NOT_CONNECTED", felix.get("me/sync").json().getString("state"));

        String replayed = get(tandem.uri("oauth/callback?code=stolen&state=" + state)).body();
        assertTrue(replayed.contains("unknown, already finished or too old"), replayed);
        String forged = get(tandem.uri("oauth/callback?code=x&state=" + UUID.randomUUID())).body();
        assertTrue(forged.contains("unknown, already finished or too old"), forged);
        assertEquals("NOT_CONNECTED", felix.get("me/sync").json().getString("state"));
    }

    @Test
    void aProviderWithoutARegisteredClientIsShownAsNotSetUpAndCannotStart() {
        var providersList = admin().get("providers").array();
        var yahoo = providersList.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("GMAIL")).findFirst().orElseThrow();
        assertTrue(yahoo.getBoolean("configured"), yahoo::toString);
        var refused = user("felix").post("me/sync/oauth/start", Json.createObjectBuilder()
                .add("provider", "YAHOO").build());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.mediaType());
    }

    /**
     * What the pop-up window does: on the provider's page (a sign-in form when Tandem asks for consent, as
     * Google's {@code prompt=consent} does) the user confirms as the account, and the provider sends the window to
     * /oauth/callback, whose page it shows.
     */
    private static String finishInPopUp(URI consent, OAuthAccount account) throws Exception {
        ConsentWindow.Result done = ConsentWindow.confirm(consent, account);
        assertEquals(tandem.uri("oauth/callback").getPath(), done.callback().getPath());
        assertEquals(200, done.status(), done::page);
        return done.page();
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

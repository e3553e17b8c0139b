package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.graph.GraphJsonSamples;
import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.GraphStandIn;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import dev.tandem.testsupport.oauth.ConsentWindow;
import dev.tandem.testsupport.oauth.OAuthAccount;
import dev.tandem.testsupport.oauth.OAuthTestBed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Exchange from "choose provider" to a two-way calendar sync through Microsoft Graph, on the path
 * production uses: the OAuth pop-up's consent at a real OAuth server, the token in a {@code GraphAccount}, the
 * Graph adapter against the Graph stand-in (which takes only the tokens that server granted), the sync state in
 * the packaged server's database, and the CRM calendar through the API.
 */
class ExchangeCalendarIT {

    private static final String GRAPH = "graph.microsoft.com";
    private static final OAuthAccount MICROSOFT = OAuthAccount.microsoft("microsoft-gina", "gina@contoso.test", "gina",
            "radicale-" + UUID.randomUUID());

    private static final OAuthAccount OUTLOOK = OAuthAccount.microsoft("outlook-hector", "hector@outlook.test", "hector",
            "radicale-" + UUID.randomUUID());

    private static OAuthTestBed bed;
    private static GraphStandIn graph;
    private static GraphStandIn outlookGraph;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        bed = OAuthTestBed.start(Duration.ofMinutes(30), List.of(MICROSOFT, OUTLOOK));
        graph = GraphStandIn.start(MICROSOFT.email(), token -> bed.providers().acceptsFor(token, GRAPH));
        outlookGraph = GraphStandIn.start(OUTLOOK.email(), token -> bed.providers().acceptsFor(token, GRAPH));
        var settings = bed.configure(bed.configure(TandemServerSettings.inFreshDataDir("exchange-graph").withDemoData()
                        .with("tandem.sync.retry-base-seconds", "1"), "exchange", MICROSOFT), "outlook-com", OUTLOOK)
                .with("tandem.provider.exchange.calendar.url", graph.root())
                .with("tandem.provider.outlook-com.calendar.url", outlookGraph.root());
        tandem = TandemServer.start(settings);
        for (String user : List.of("gina", "hector")) {
            ApiClient.to(tandem.uri("api/")).as("alice", "alice-demo-1").post("users", Json.createObjectBuilder()
                    .add("username", user).add("password", user + "-pw-1").add("displayName", user)
                    .add("email", user + "@tandem.test").build());
        }
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
            assertFalse(tandem.log().contains("access_token"), "a token reached the log");
        }
        if (graph != null) {
            graph.close();
        }
        if (outlookGraph != null) {
            outlookGraph.close();
        }
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void anExchangeCalendarSyncsBothWaysThroughGraphAndARevokedConsentAsksToSignInAgain() throws Exception {
        String outlookId = graph.addEvent(GraphJsonSamples.meeting("Offer review at Globex").build());
        var gina = ApiClient.to(tandem.uri("api/")).as("gina", "gina-pw-1");
        var start = gina.post("me/sync/oauth/start", Json.createObjectBuilder().add("provider", "EXCHANGE")
                .add("mode", "CALENDAR").build());
        assertEquals(200, start.status(), start::toString);
        URI consent = URI.create(start.json().getString("authorizationUrl"));
        assertTrue(consent.getRawQuery().contains("Calendars.ReadWrite"), consent::toString);
        assertTrue(ConsentWindow.confirm(consent, MICROSOFT).page().contains("data-connected=\"true\""));

        Await.until(Duration.ofSeconds(60), () -> events(gina).contains("Offer review at Globex"));
        var created = gina.post("events", Json.createObjectBuilder().add("title", "Demo for Globex")
                .add("start", "2026-12-16T10:00:00+01:00").add("end", "2026-12-16T11:00:00+01:00")
                .add("allDay", false).add("timeZone", "Europe/Madrid").build());
        assertEquals(201, created.status(), created::toString);
        graph.edit(outlookId, Json.createObjectBuilder().add("subject", "Offer review at Globex (moved)").build());
        graph.clearLog();
        gina.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> graph.events().stream().anyMatch(e -> "Demo for Globex"
                .equals(e.getString("subject"))) && events(gina).contains("Offer review at Globex (moved)"));
        JsonObject pushed = graph.events().stream().filter(e -> "Demo for Globex".equals(e.getString("subject")))
                .findFirst().orElseThrow();
        assertEquals("Europe/Madrid", pushed.getString("originalStartTimeZone"));
        assertFalse(pushed.getString("transactionId", "").isEmpty(), "the CRM's UID travels as transactionId");
        assertEquals(2, graph.events().size(), "nothing pushed twice");
        JsonObject status = gina.get("me/sync").json();
        assertEquals("ACTIVE", status.getJsonObject("calendar").getString("state"), status::toString);
        assertTrue(graph.requests().get(0).contains("calendarView/delta?$deltatoken="),
                "the session went on from the delta link kept in the database: " + graph.requests());

        bed.providers().revoke(MICROSOFT.issuerId());
        gina.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> "NEEDS_REAUTH".equals(gina.get("me/sync").json()
                .getString("state")));
    }

    /**
     * Mail and calendar at once: Microsoft's tokens each serve one API, so the mail token (IMAP) cannot read Graph.
     * The stand-ins take only a token asked for their own API; both must work.
     */
    @Test
    void outlookComMailAndCalendarEachGetTheirOwnToken() throws Exception {
        outlookGraph.addEvent(GraphJsonSamples.meeting("Lunch with Laura").build());
        var hector = ApiClient.to(tandem.uri("api/")).as("hector", "hector-pw-1");
        var start = hector.post("me/sync/oauth/start", Json.createObjectBuilder().add("provider", "OUTLOOK_COM")
                .add("mode", "MAIL_AND_CALENDAR").build());
        assertEquals(200, start.status(), start::toString);
        URI consent = URI.create(start.json().getString("authorizationUrl"));
        assertTrue(consent.getRawQuery().contains("IMAP.AccessAsUser.All")
                && consent.getRawQuery().contains("Calendars.ReadWrite"), "one consent for both: " + consent);
        assertTrue(ConsentWindow.confirm(consent, OUTLOOK).page().contains("data-connected=\"true\""));

        String subject = "From Laura " + UUID.randomUUID();
        bed.deliver(OUTLOOK, TestMails.plain("<" + UUID.randomUUID() + "@outlook.com>", "laura.vidal@outlook.com",
                OUTLOOK.email(), subject, "See you at lunch."));
        hector.post("me/sync/run", Json.createObjectBuilder().build());
        Await.until(Duration.ofSeconds(60), () -> hector.get("activities?type=EMAIL").body().contains(subject)
                && events(hector).contains("Lunch with Laura"));
        JsonObject status = hector.get("me/sync").json();
        assertEquals("ACTIVE", status.getJsonObject("mail").getString("state"), status::toString);
        assertEquals("ACTIVE", status.getJsonObject("calendar").getString("state"), status::toString);
    }

    private static String events(ApiClient user) {
        return user.get("events?from=2026-11-01T00:00:00Z&to=2027-02-01T00:00:00Z").body();
    }
}

package dev.tandem.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.RadicaleServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Yahoo! Mail and iCloud from "choose provider" to a first sync of mail and calendar, the way a user does it: only
 * the provider, what to sync, the account and the app password are given; the servers come from the provider's
 * preset, which the administrator's configuration points at a local Dovecot and Radicale here.
 */
class AppPasswordProvidersIT {

    private static final String APP_PASSWORD = "app-password-" + UUID.randomUUID();

    private static DovecotServer dovecot;
    private static RadicaleServer radicale;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        dovecot = new DovecotServer().addUser("gina@yahoo.test", APP_PASSWORD)
                .addUser("hugo@icloud.test", APP_PASSWORD).start();
        radicale = RadicaleServer.start();
        for (String user : new String[] {"gina@yahoo.test", "hugo@icloud.test"}) {
            radicale.addUser(user, APP_PASSWORD);
            radicale.createCalendar(user, "calendar", "Calendar", "VEVENT");
        }
        var settings = TandemServerSettings.inFreshDataDir("app-passwords").withDemoData();
        for (String provider : new String[] {"yahoo", "icloud"}) {
            settings = settings.with("tandem.provider." + provider + ".imap.host", DovecotServer.HOST)
                    .with("tandem.provider." + provider + ".imap.port", Integer.toString(dovecot.ports().imap()))
                    .with("tandem.provider." + provider + ".imap.security", "NONE")
                    .with("tandem.provider." + provider + ".calendar.url", radicale.baseUri().toString());
        }
        tandem = TandemServer.start(settings);
        var admin = ApiClient.to(tandem.uri("api/")).as("alice", "alice-demo-1");
        admin.post("users", user("gina", "gina@tandem.test"));
        admin.post("users", user("hugo", "hugo@icloud.test"));
    }

    private static JsonObject user(String name, String email) {
        return Json.createObjectBuilder().add("username", name).add("password", name + "-pw-1")
                .add("displayName", name).add("email", email).build();
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
        }
        if (radicale != null) {
            radicale.close();
        }
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void yahooSyncsMailAndCalendarWithAnAppPasswordAndThePresetServers() {
        syncsMailAndCalendar("gina", "YAHOO", "gina@yahoo.test");
    }

    @Test
    void iCloudSyncsMailAndCalendarOfTheAccountRegisteredInTheCrm() {
        syncsMailAndCalendar("hugo", "ICLOUD", "hugo@icloud.test");
    }

    private static void syncsMailAndCalendar(String user, String provider, String account) {
        var api = ApiClient.to(tandem.uri("api/")).as(user, user + "-pw-1");
        String subject = provider + " offer " + UUID.randomUUID();
        dovecot.appendMessage(account, "INBOX", TestMails.plain("<" + UUID.randomUUID() + "@acme.com>",
                "ana@acme.com", account, subject, "Offer."));
        var caldav = new CalDavClient(new CalDavCredentials(account, APP_PASSWORD));
        URI calendar = radicale.principalUri(account).resolve("calendar/");
        String uid = UUID.randomUUID() + "@" + provider.toLowerCase();
        caldav.create(calendar, uid, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:" + uid + "\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261216T090000Z\r\n"
                + "DTEND:20261216T100000Z\r\nSUMMARY:Call with Ana\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        ApiResponse connected = api.post("me/sync", Json.createObjectBuilder().add("provider", provider)
                .add("mode", "MAIL_AND_CALENDAR")
                .add("imap", Json.createObjectBuilder().add("username", account).add("password", APP_PASSWORD))
                .add("caldav", Json.createObjectBuilder().add("username", account).add("password", APP_PASSWORD))
                .build());
        assertEquals(201, connected.status(), connected::toString);

        Await.until(Duration.ofSeconds(60), () -> api.get("activities?type=EMAIL").body().contains(subject));
        Await.until(Duration.ofSeconds(60), () -> api.get("events?from=2026-12-16T00:00:00Z&to=2026-12-17T00:00:00Z")
                .body().contains("Call with Ana"));
        JsonObject status = api.get("me/sync").json();
        assertEquals("ACTIVE", status.getString("state"), status::toString);
        assertTrue(status.getJsonObject("calendar").getString("state").equals("ACTIVE"), status::toString);
    }
}

package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.RadicaleServer;
import dev.tandem.testsupport.TandemServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;

/**
 * A browser test's user with a mailbox of the same name in the test's Dovecot and, on demand, a calendar in its
 * Radicale; connected through the API (the sync screen's own path has tests of its own), so that a test can go
 * straight to the pages that show what the sync brought.
 */
final class SyncedUser {

    private final String name;
    private final ApiClient api;
    private final DovecotServer dovecot;
    private RadicaleServer radicale;

    private SyncedUser(String name, ApiClient api, DovecotServer dovecot) {
        this.name = name;
        this.api = api;
        this.dovecot = dovecot;
    }

    static SyncedUser create(TandemServer tandem, DovecotServer dovecot, String prefix, String displayName) {
        String name = TestUsers.create(tandem.baseUri(), prefix, displayName);
        dovecot.addUser(name, mailPassword(name));
        return new SyncedUser(name, ApiClient.to(tandem.baseUri()).as(name, TestUsers.password(name)), dovecot);
    }

    String name() {
        return name;
    }

    String password() {
        return TestUsers.password(name);
    }

    /** {@code <name>@tandem.test}, the address the user's mail is sent to. */
    String address() {
        return name + "@tandem.test";
    }

    /** A message arrives in the user's INBOX. */
    void receive(String rfc822) {
        dovecot.appendMessage(name, "INBOX", rfc822);
    }

    /** Gives the user a Radicale calendar (events and tasks) and puts this iCalendar object in it. */
    void putInCalendar(RadicaleServer server, String uid, String icalendar) {
        if (radicale == null) {
            server.addUser(name, mailPassword(name));
            server.createCalendar(name, "work", "Work", "VEVENT", "VTODO");
            radicale = server;
        }
        new CalDavClient(new CalDavCredentials(name, mailPassword(name)))
                .create(radicale.principalUri(name).resolve("work/"), uid, icalendar);
    }

    /** Connects mail only, over plain IMAP to {@code imapPort} (Dovecot's, or a relay's in front of it). */
    void connectMail(int imapPort) {
        connect(Json.createObjectBuilder().add("provider", "IMAP").add("mode", "MAIL").add("imap", imap(imapPort)));
    }

    /** Connects mail and the calendar of {@link #putInCalendar}, as a CalDAV server with an IMAP server. */
    void connectMailAndCalendar(int imapPort) {
        connect(Json.createObjectBuilder().add("provider", "CALDAV").add("mode", "MAIL_AND_CALENDAR")
                .add("imap", imap(imapPort)).add("caldav", Json.createObjectBuilder()
                        .add("url", radicale.principalUri(name).toString()).add("username", name)
                        .add("password", mailPassword(name))));
    }

    /** Waits until every half of the connection finished its first session, and checks that none failed. */
    void awaitFirstSync() {
        Await.until(Duration.ofSeconds(90), () -> {
            JsonObject status = api.get("api/me/sync").json();
            return synced(status, "mail") && synced(status, "calendar");
        });
        JsonObject status = api.get("api/me/sync").json();
        assertTrue(status.getString("state").equals("ACTIVE"), "the first sync failed: " + status);
    }

    private void connect(JsonObjectBuilder request) {
        var answer = api.post("api/me/sync", request.build());
        assertTrue(answer.status() == 201 || answer.status() == 200, "connect: " + answer);
    }

    private JsonObjectBuilder imap(int port) {
        return Json.createObjectBuilder().add("host", DovecotServer.HOST).add("port", port).add("security", "NONE")
                .add("username", name).add("password", mailPassword(name));
    }

    private static boolean synced(JsonObject status, String half) {
        return status.isNull(half) || !status.getJsonObject(half).isNull("lastSyncAt");
    }

    private static String mailPassword(String name) {
        return "mailbox-" + name;
    }
}

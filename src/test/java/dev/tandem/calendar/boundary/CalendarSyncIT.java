package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.caldav.CalendarObjectRef;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.testsupport.RadicaleServer;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar sync end to end: the real WAR on Payara Micro, a real Radicale and GreenMail SMTP in this JVM (the
 * container gets {@code tandem.smtp.host/port} from failsafe's payara.cmdOptions). Each test creates its own Tandem
 * user (as the demo admin alice) connected to its own Radicale user's calendar, so tests share no state.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarSyncIT {

    private static final int SMTP_PORT = Integer.getInteger("tandem.it.smtpPort", 3025);
    private static RadicaleServer radicale;
    private static GreenMail smtp;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive tandem() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("tandem.war"))).as(WebArchive.class);
    }

    @BeforeAll
    static void startPeers() {
        radicale = RadicaleServer.start();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopPeers() {
        smtp.stop();
        radicale.close();
    }

    @Test
    void crmEventAppearsInRadicaleEditsFlowBothWaysAndDeletionsToo() {
        var alice = connected("pusher");
        alice.api().post("api/events", "{\"title\":\"Stays\",\"start\":\"2026-12-02T09:30:00+01:00\"}");
        var created = alice.api().post("api/events", "{\"title\":\"Offer walkthrough\",\"start\":"
                + "\"2026-12-01T09:30:00+01:00\",\"end\":\"2026-12-01T10:30:00+01:00\",\"timeZone\":\"Europe/Madrid\","
                + "\"attendees\":[\"ana@acme.com\"]}");
        assertEquals(201, created.status());
        long id = created.object().getJsonNumber("eventId").longValue();
        alice.sync();
        CalendarObjectRef pushed = alice.objectWith(created.object().getString("uid"));
        String text = alice.caldav().get(pushed.href()).icalendar();
        assertTrue(text.contains("SUMMARY:Offer walkthrough") && text.contains("TZID=Europe/Madrid"), text);

        alice.caldav().update(pushed.href(), text.replace("SUMMARY:Offer walkthrough", "SUMMARY:Offer (moved)"),
                pushed.etag());
        alice.sync();
        assertEquals("Offer (moved)", alice.api().get("api/events/" + id).object().getString("title"));

        assertEquals(204, alice.api().delete("api/events/" + id).status());
        alice.sync();
        assertEquals(1, alice.caldav().listItems(alice.calendar()).size(), "the other event stays");
        assertEquals(0, smtp.getReceivedMessages().length - alice.mailsBefore(), "pushing CRM events sends no mail");
    }

    @Test
    void invitationsAndSeriesAreShownWithTheirFlagsAndCannotBeEdited() throws Exception {
        var alice = connected("invited");
        alice.caldav().create(alice.calendar(), "inv-1@other.com", Samples.forUser(Samples.INVITATION, "invited"));
        alice.caldav().create(alice.calendar(), "series-1@other.com", Samples.SERIES_WITH_EXCEPTION);
        int mailsBefore = smtp.getReceivedMessages().length;
        alice.sync();

        List<JsonObject> events = alice.api().get("api/events?from=2026-12-01T00:00:00%2B01:00"
                + "&to=2027-01-01T00:00:00%2B01:00").object().getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject invitation = events.stream().filter(e -> e.getString("uid").equals("inv-1@other.com"))
                .findFirst().orElseThrow();
        assertEquals("EXTERNAL_INVITATION", invitation.getString("readOnlyReason"));
        assertEquals("NEEDS_ACTION", invitation.getString("myStatus"));
        assertFalse(invitation.getJsonArray("contactIds").isEmpty(), "ana@acme.com is a demo contact");
        assertFalse(invitation.getJsonArray("companyIds").isEmpty(), "Ana works at Acme");
        List<JsonObject> series = events.stream().filter(e -> e.getString("uid").equals("series-1@other.com"))
                .collect(Collectors.toList());
        assertEquals(3, series.size(), "COUNT=4 with one EXDATE");
        assertTrue(series.stream().allMatch(e -> "RECURRING".equals(e.getString("readOnlyReason"))));
        assertTrue(series.stream().anyMatch(e -> e.getString("title").equals("Standup (moved)")));

        long invitationId = invitation.getJsonNumber("eventId").longValue();
        var refused = alice.api().put("api/events/" + invitationId, "{\"title\":\"Mine now\",\"start\":"
                + "\"2026-12-02T10:00:00+01:00\"}");
        assertEquals(403, refused.status());
        assertEquals(403, alice.api().delete("api/events/" + invitationId).status());
        smtp.waitForIncomingEmail(5000, mailsBefore + 2);
        assertEquals(mailsBefore + 2, smtp.getReceivedMessages().length, "one mail per added event");
        assertTrue(smtp.getReceivedMessages()[mailsBefore].getSubject().startsWith("New event"));
    }

    @Test
    void richEventKeepsAlarmXPropertiesAndZoneAfterCrmEditAndChangesSendNoMail() throws Exception {
        var alice = connected("rich");
        alice.caldav().create(alice.calendar(), "rich-1@example.com", Samples.forUser(Samples.RICH_OWN_EVENT, "rich"));
        alice.sync();
        int mailsAfterAdd = smtp.getReceivedMessages().length;
        JsonObject rich = alice.api().get("api/events?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z")
                .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("uid").equals("rich-1@example.com")).findFirst().orElseThrow();
        assertTrue(rich.getBoolean("editable"));
        var edited = alice.api().put("api/events/" + rich.getJsonNumber("eventId").longValue(),
                "{\"title\":\"Quarterly review (CRM)\",\"start\":\"2026-12-15T10:00:00+01:00\",\"end\":"
                        + "\"2026-12-15T11:00:00+01:00\",\"timeZone\":\"Europe/Madrid\",\"location\":\"Room 4\"}");
        assertEquals(200, edited.status());
        alice.sync();
        String atProvider = alice.caldav().get(alice.onlyObject().href()).icalendar();
        for (String kept : List.of("SUMMARY:Quarterly review (CRM)", "BEGIN:VALARM", "X-FOO;X-PARAM=1:bar",
                "DTSTART;TZID=Europe/Madrid:20261215T100000", "SEQUENCE:3", "mailto:bo@example.com")) {
            assertTrue(atProvider.contains(kept), kept + " lost in\n" + atProvider);
        }
        assertEquals(mailsAfterAdd, smtp.getReceivedMessages().length, "changes send no mail");
    }

    /** The CalDAV login is an address other than the Tandem email: the API still sees the user as organizer. */
    @Test
    void attendeesChangedThroughTheApiReachTheProviderWithAnswersKept() {
        var alice = connected("host", "host@work.example");
        alice.caldav().create(alice.calendar(), "rich-1@example.com",
                Samples.RICH_OWN_EVENT.replace("%ME%@tandem.test", "host@work.example"));
        alice.sync();
        JsonObject rich = alice.api().get("api/events?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z")
                .object().getJsonArray("items").getJsonObject(0);
        assertTrue(rich.getBoolean("editable"), rich::toString);

        var edited = alice.api().put("api/events/" + rich.getJsonNumber("eventId").longValue(),
                "{\"title\":\"Quarterly review\",\"start\":\"2026-12-15T10:00:00+01:00\",\"end\":"
                        + "\"2026-12-15T11:00:00+01:00\",\"timeZone\":\"Europe/Madrid\",\"location\":\"Room 4\","
                        + "\"attendees\":[\"bo@example.com\",\"Ana@Acme.com\"]}");
        assertEquals(200, edited.status(), edited::toString);
        alice.sync();

        String atProvider = alice.caldav().get(alice.onlyObject().href()).icalendar().replace("\r\n ", "");
        assertTrue(atProvider.contains("ATTENDEE;CN=Bo Li;PARTSTAT=ACCEPTED:mailto:bo@example.com"), atProvider);
        String ana = atProvider.lines().filter(l -> l.contains("mailto:ana@acme.com")).findFirst().orElseThrow();
        for (String part : List.of("PARTSTAT=NEEDS-ACTION", "RSVP=TRUE", "CN=Ana García")) {
            assertTrue(ana.contains(part), part + " missing in " + ana);
        }
        assertTrue(atProvider.contains("SEQUENCE:4") && atProvider.contains("BEGIN:VALARM"), atProvider);
    }

    @Test
    void taskRoundTrip() {
        var alice = connected("tasker");
        var created = alice.api().post("api/tasks", "{\"title\":\"Send offer\",\"due\":\"2026-12-04\"}");
        assertEquals(201, created.status());
        long id = created.object().getJsonNumber("id").longValue();
        alice.sync();
        CalendarObjectRef task = alice.onlyObject();
        String text = alice.caldav().get(task.href()).icalendar();
        assertTrue(text.contains("BEGIN:VTODO") && text.contains("SUMMARY:Send offer"), text);
        alice.caldav().update(task.href(), text.replace("STATUS:NEEDS-ACTION",
                "STATUS:COMPLETED\r\nCOMPLETED:20261203T100000Z"), task.etag());
        alice.sync();
        assertTrue(alice.api().get("api/tasks/" + id).object().getBoolean("completed"));
    }

    @Test
    void emptyingMostOfTheProviderCalendarTripsTheGuard() {
        var bob = connected("guarded");
        for (int i = 0; i < 6; i++) {
            bob.api().post("api/events", "{\"title\":\"Visit " + i + "\",\"start\":\"2026-12-0" + (i + 1)
                    + "T09:00:00+01:00\",\"timeZone\":\"Europe/Madrid\"}");
        }
        bob.sync();
        for (CalendarObjectRef ref : bob.caldav().listItems(bob.calendar()).subList(0, 4)) {
            bob.caldav().delete(ref.href(), ref.etag());
        }
        bob.sync();
        JsonObject status = bob.api().get("api/me/sync").object().getJsonObject("calendar");
        assertTrue(status.getString("lastError", "").contains("would delete 4 of 6"), status.toString());
        assertEquals(6, bob.api().get("api/events?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z").object()
                .getJsonArray("items").size());
    }

    @Test
    void thePreviewCountsWhatAFirstSyncWouldCreateOnEachSideAndWritesNothing() {
        String name = "previewer";
        var admin = new TandemHttp(URI.create(base.toString()), "alice", "alice-demo-1");
        assertEquals(201, admin.post("api/users", "{\"username\":\"" + name + "\",\"password\":\"pw-" + name
                + "-123456\",\"displayName\":\"P\",\"email\":\"" + name + "@tandem.test\"}").status());
        radicale.addUser(name, "pw-" + name);
        URI calendar = radicale.createCalendar(name, "work", "Work", "VEVENT", "VTODO");
        var caldav = new CalDavClient(new CalDavCredentials(name, "pw-" + name));
        caldav.create(calendar, "inv-p@other.com", Samples.forUser(Samples.INVITATION, name));
        var api = new TandemHttp(URI.create(base.toString()), name, "pw-" + name + "-123456");
        assertEquals(201, api.post("api/events", "{\"title\":\"Mine\",\"start\":\"2026-12-02T09:30:00+01:00\"}")
                .status());

        var preview = api.post("api/me/sync/preview", "{\"provider\":\"CALDAV\",\"mode\":\"CALENDAR\",\"caldav\":"
                + "{\"url\":\"" + radicale.principalUri(name) + "\",\"username\":\"" + name + "\",\"password\":\"pw-"
                + name + "\"}}");
        assertEquals(200, preview.status(), preview::toString);
        JsonObject counts = preview.object().getJsonObject("calendar");
        assertEquals(1, counts.getJsonObject("events").getInt("toCrm"), preview::toString);
        assertEquals(1, counts.getJsonObject("events").getInt("toProvider"));
        assertEquals(0, counts.getJsonObject("tasks").getInt("toCrm"));
        assertTrue(preview.object().isNull("mail"));

        assertEquals("NOT_CONNECTED", api.get("api/me/sync").object().getString("state"));
        assertEquals(1, caldav.listItems(calendar).size(), "nothing pushed to the provider");
        assertEquals(1, api.get("api/events?from=2026-11-01T00:00:00Z&to=2027-02-01T00:00:00Z").object()
                .getJsonArray("items").size(), "nothing pulled into the CRM");
    }

    private Connected connected(String name) {
        return connected(name, name);
    }

    /** Creates the user and connects them to a fresh Radicale calendar of their own, logging in as radicaleUser. */
    private Connected connected(String name, String radicaleUser) {
        var admin = new TandemHttp(URI.create(base.toString()), "alice", "alice-demo-1");
        var user = admin.post("api/users", "{\"username\":\"" + name + "\",\"password\":\"pw-" + name
                + "-123456\",\"displayName\":\"" + name + "\",\"email\":\"" + name + "@tandem.test\"}");
        assertEquals(201, user.status(), "create user: " + user);
        radicale.addUser(radicaleUser, "pw-" + radicaleUser);
        URI calendar = radicale.createCalendar(radicaleUser, "work", "Work", "VEVENT", "VTODO");
        var api = new TandemHttp(URI.create(base.toString()), name, "pw-" + name + "-123456");
        var answer = api.post("api/me/sync", "{\"provider\":\"CALDAV\",\"mode\":\"CALENDAR\",\"caldav\":{\"url\":\""
                + radicale.principalUri(radicaleUser) + "\",\"username\":\"" + radicaleUser + "\",\"password\":\"pw-"
                + radicaleUser + "\"}}");
        assertTrue(answer.status() == 201 || answer.status() == 200, "connect: " + answer);
        return new Connected(api, new CalDavClient(new CalDavCredentials(radicaleUser, "pw-" + radicaleUser)),
                calendar, smtp.getReceivedMessages().length);
    }

    /** A demo user connected to their own Radicale calendar. */
    private record Connected(TandemHttp api, CalDavClient caldav, URI calendar, int mailsBefore) {

        void sync() {
            CalendarSyncRuns.runAndWait(api);
        }

        CalendarObjectRef objectWith(String uid) {
            return caldav.listItems(calendar).stream()
                    .filter(ref -> caldav.get(ref.href()).icalendar().contains("UID:" + uid)).findFirst().orElseThrow();
        }

        CalendarObjectRef onlyObject() {
            List<CalendarObjectRef> items = caldav.listItems(calendar);
            assertEquals(1, items.size());
            return items.get(0);
        }
    }
}

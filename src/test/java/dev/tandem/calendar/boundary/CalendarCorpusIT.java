package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.caldav.CalendarObjectRef;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.sync.twoway.ICalendarText;
import dev.tandem.testsupport.ICalendarCorpus;
import dev.tandem.testsupport.RadicaleServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The iCalendar corpus end to end: every client's object is stored in a real Radicale, synced through
 * {@code POST /api/me/sync/run} by the real WAR, and what {@code GET /api/events} and {@code GET /api/tasks} show
 * is compared with the recorded truth. Then every item the CRM may edit is renamed in the CRM, synced back, and
 * the object Radicale holds must still carry every property the client wrote. The first session reads the
 * objects through REPORT calendar-data (XML, so LF line ends): the defects of folded lines show up there.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarCorpusIT {

    private static final String USER = "corpus";
    private static final String PASSWORD = "pw-corpus-123456";
    private static RadicaleServer radicale;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive tandem() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("tandem.war"))).as(WebArchive.class);
    }

    @BeforeAll
    static void startRadicale() {
        radicale = RadicaleServer.start();
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @Test
    void everyClientsObjectShowsAsItsTruthSaysAndKeepsItsPropertiesAfterACrmEdit() {
        List<ICalendarCorpus.Case> corpus = ICalendarCorpus.all();
        var caldav = new CalDavClient(new CalDavCredentials(USER, "pw-" + USER));
        radicale.addUser(USER, "pw-" + USER);
        URI calendar = radicale.createCalendar(USER, "work", "Work", "VEVENT", "VTODO");
        TandemHttp api = connectedUser();
        for (ICalendarCorpus.Case c : corpus) {
            caldav.create(calendar, c.name(), c.icalendar());
        }
        syncAndWait(api);

        assertNoItemFailed(api);
        List<JsonObject> ledger = api.get("api/me/sync/ledger?limit=200").object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        var mismatches = new ArrayList<String>();
        for (ICalendarCorpus.Case c : corpus) {
            if (c.isTask()) {
                checkTask(api, c, mismatches);
            } else {
                checkEvent(api, c, mismatches);
            }
            c.findText("ledgerReasonContains").ifPresent(part -> checkLedger(ledger, c, part, mismatches));
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));

        var edited = new ArrayList<ICalendarCorpus.Case>();
        for (ICalendarCorpus.Case c : corpus) {
            if (!c.keptAfterEdit().isEmpty()) {
                renameInTheCrm(api, c);
                edited.add(c);
            }
        }
        syncAndWait(api);
        for (ICalendarCorpus.Case c : edited) {
            String atProvider = unfolded(caldav.get(objectOf(caldav, calendar, c)).icalendar());
            assertTrue(atProvider.contains("SUMMARY:" + renamed(c)), c + ": the CRM edit did not arrive:\n"
                    + atProvider);
            for (String kept : c.keptAfterEdit()) {
                assertTrue(atProvider.contains(kept), c + ": " + kept + " lost at the provider:\n" + atProvider);
            }
        }
    }

    /**
     * Objects a stranger's invitation can carry: one every second for ever, thousands of overrides. The sync stores
     * them, the calendar view stays bounded, and the ordinary event beside them is there as usual. (A count of a
     * billion is covered by HostileRecurrenceTest only: Radicale 3.1 itself does not finish storing it.)
     */
    @Test
    void hostileSeriesLeaveTheCalendarUsable() {
        String name = "hostile";
        var caldav = new CalDavClient(new CalDavCredentials(name, "pw-" + name));
        radicale.addUser(name, "pw-" + name);
        URI calendar = radicale.createCalendar(name, "work", "Work", "VEVENT", "VTODO");
        TandemHttp api = connectedUser(name, "hostile@tandem.test");
        caldav.create(calendar, "flood-seconds", hostile("flood-seconds", "FREQ=SECONDLY", ""));
        var overrides = new StringBuilder();
        for (int hour = 0; hour < 2_000; hour++) {
            String at = java.time.LocalDateTime.of(2026, 1, 1, 9, 0).plusHours(hour)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
            overrides.append("BEGIN:VEVENT\r\nUID:many-overrides\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:")
                    .append(at).append("\r\nDTSTART:").append(at).append("\r\nSUMMARY:Moved\r\nEND:VEVENT\r\n");
        }
        caldav.create(calendar, "many-overrides", hostile("many-overrides", "FREQ=HOURLY", overrides.toString()));
        caldav.create(calendar, "ordinary", hostile("ordinary", "FREQ=WEEKLY;COUNT=3", ""));
        syncAndWait(api);

        var year = api.get("api/events?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z");
        assertEquals(200, year.status(), year::toString);
        List<JsonObject> shown = year.object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, shown.stream().filter(e -> e.getString("uid").equals("ordinary")).count());
        for (String uid : List.of("flood-seconds", "many-overrides")) {
            long instances = shown.stream().filter(e -> e.getString("uid").equals(uid)).count();
            assertTrue(instances >= 1 && instances <= 5_000, uid + ": " + instances + " instances");
        }
    }

    private static String hostile(String uid, String rule, String more) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART:20260101T090000Z\r\nDTEND:20260101T093000Z\r\n"
                + "SUMMARY:" + uid + "\r\nORGANIZER:mailto:stranger@elsewhere.example\r\nRRULE:" + rule + "\r\n"
                + "END:VEVENT\r\n" + more + "END:VCALENDAR\r\n";
    }

    private void checkEvent(TandemHttp api, ICalendarCorpus.Case c, List<String> mismatches) {
        List<JsonObject> shown = eventsOf(api, c);
        var expected = new LinkedHashMap<String, Object>();
        var actual = new LinkedHashMap<String, Object>();
        expected.put("occurrences", c.occurrences());
        actual.put("occurrences", shown.stream().map(e -> List.of(ICalendarCorpusTest.utc(e.getString("start")),
                ICalendarCorpusTest.utc(e.getString("end")))).toList());
        if (!shown.isEmpty()) {
            JsonObject first = shown.get(0);
            expected.put("title", c.title());
            actual.put("title", first.getString("title"));
            expected.put("attendees", c.attendees());
            actual.put("attendees", attendees(first));
            for (String field : List.of("myStatus", "readOnlyReason", "eventStatus")) {
                expected.put(field, c.findText(field));
                actual.put(field, text(first, field));
            }
            c.findText("timeZone").ifPresent(zone -> {
                expected.put("timeZone", Optional.of(zone));
                actual.put("timeZone", text(first, "timeZone"));
            });
        }
        if (!expected.equals(actual)) {
            mismatches.add(c + ":\n  truth " + expected + "\n  shown " + actual);
        }
    }

    /** The ledger tells what the sync could only guess about the item, instead of a bare ADDED. */
    private static void checkLedger(List<JsonObject> ledger, ICalendarCorpus.Case c, String part,
                                    List<String> mismatches) {
        String uid = uidOf(c);
        List<String> reasons = ledger.stream().filter(entry -> uid.equals(entry.getString("ref")))
                .map(entry -> entry.getString("outcome") + ": " + entry.getString("reason")).toList();
        if (reasons.stream().noneMatch(reason -> reason.contains(part))) {
            mismatches.add(c + ": the ledger should say \"" + part + "\" but says " + reasons);
        }
    }

    private void checkTask(TandemHttp api, ICalendarCorpus.Case c, List<String> mismatches) {
        Optional<JsonObject> task = api.get("api/tasks").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("title").equals(c.title())).findFirst();
        String shown = task.map(t -> ICalendarCorpusTest.utc(t.getString("due")) + " completed="
                + t.getBoolean("completed")).orElse("no such task");
        String truth = c.truth().getString("due") + " completed=" + c.truth().getBoolean("completed");
        if (!truth.equals(shown)) {
            mismatches.add(c + ": truth " + truth + ", shown " + shown);
        }
    }

    private List<JsonObject> eventsOf(TandemHttp api, ICalendarCorpus.Case c) {
        String window = "api/events?from=" + encode(c.windowFrom()) + "&to=" + encode(c.windowTo());
        String uid = uidOf(c);
        return api.get(window).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("uid").equals(uid)).toList();
    }

    /** Renames the item through the API with every other field as the API shows it. */
    private void renameInTheCrm(TandemHttp api, ICalendarCorpus.Case c) {
        if (c.isTask()) {
            JsonObject task = api.get("api/tasks").object().getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().filter(t -> t.getString("title").equals(c.title())).findFirst().orElseThrow();
            var body = Json.createObjectBuilder(task).add("title", renamed(c)).build();
            var answer = api.put("api/tasks/" + task.getJsonNumber("id").longValue(), body.toString());
            assertEquals(200, answer.status(), c + ": " + answer);
            return;
        }
        JsonObject event = eventsOf(api, c).get(0);
        assertTrue(event.getBoolean("editable"), c + " should be editable: " + event);
        var body = Json.createObjectBuilder().add("title", renamed(c)).add("start", event.getString("start"))
                .add("end", event.getString("end")).add("allDay", event.getBoolean("allDay"))
                .add("location", event.getString("location")).add("description", event.getString("description"));
        if (!event.isNull("timeZone")) {
            body.add("timeZone", event.getString("timeZone"));
        }
        var answer = api.put("api/events/" + event.getJsonNumber("eventId").longValue(), body.build().toString());
        assertEquals(200, answer.status(), c + ": " + answer);
    }

    private static String renamed(ICalendarCorpus.Case c) {
        return "CRM: " + c.title();
    }

    private static URI objectOf(CalDavClient caldav, URI calendar, ICalendarCorpus.Case c) {
        String uid = uidOf(c);
        return caldav.listItems(calendar).stream().map(CalendarObjectRef::href)
                .filter(href -> unfolded(caldav.get(href).icalendar()).contains("UID:" + uid))
                .findFirst().orElseThrow(() -> new AssertionError(c + " is gone from Radicale"));
    }

    private static String uidOf(ICalendarCorpus.Case c) {
        return unfolded(c.icalendar()).lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow()
                .substring(4);
    }

    private static String unfolded(String icalendar) {
        return String.join("\n", ICalendarText.unfoldedLines(icalendar));
    }

    private static void assertNoItemFailed(TandemHttp api) {
        JsonObject failed = api.get("api/me/sync/ledger?outcome=FAILED&limit=100").object();
        assertTrue(failed.getJsonArray("items").isEmpty(), "items failed: " + failed);
    }

    private static Map<String, String> attendees(JsonObject event) {
        var byEmail = new LinkedHashMap<String, String>();
        event.getJsonArray("attendees").getValuesAs(JsonObject.class)
                .forEach(a -> byEmail.put(a.getString("email"), a.getString("status")));
        return byEmail;
    }

    private static Optional<String> text(JsonObject object, String field) {
        return object.containsKey(field) && !object.isNull(field) ? Optional.of(object.getString(field))
                : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The corpus's user: email corpus@tandem.test, connected to its Radicale account. */
    private TandemHttp connectedUser() {
        return connectedUser(USER, ICalendarCorpus.USER_EMAIL);
    }

    private TandemHttp connectedUser(String name, String email) {
        var admin = new TandemHttp(URI.create(base.toString()), "alice", "alice-demo-1");
        var user = admin.post("api/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Corpus User\",\"email\":\"" + email + "\"}");
        assertEquals(201, user.status(), "create user: " + user);
        var api = new TandemHttp(URI.create(base.toString()), name, PASSWORD);
        var answer = api.post("api/me/sync", "{\"provider\":\"CALDAV\",\"mode\":\"CALENDAR\",\"caldav\":{\"url\":\""
                + radicale.principalUri(name) + "\",\"username\":\"" + name + "\",\"password\":\"pw-" + name + "\"}}");
        assertTrue(answer.status() == 201 || answer.status() == 200, "connect: " + answer);
        return api;
    }

    /** Runs a session and checks that the calendar half ended without an error. */
    private static void syncAndWait(TandemHttp api) {
        CalendarSyncRuns.runAndWait(api);
        JsonObject status = CalendarSyncRuns.calendarStatus(api);
        assertTrue(status.isNull("lastError"), "calendar sync failed: " + status);
    }
}

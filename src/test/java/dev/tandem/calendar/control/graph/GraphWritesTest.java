package dev.tandem.calendar.control.graph;

import static dev.tandem.calendar.control.graph.GraphJsonSamples.array;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.attendee;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.AttendeeEdit;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.PreconditionFailedException;
import dev.tandem.testsupport.GraphStandIn;
import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes to a meeting the user organises send Graph only what the user changed, with If-Match, so Exchange has
 * no reason to mail the attendees about anything else; new events keep the CRM's UID through transactionId.
 */
class GraphWritesTest {

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");
    private final GraphItemStore store = GraphStores.store(graph, "token-1", GraphStateStore.inMemory());
    private final ICalendarCodec codec = new ICalendarCodec();
    private String id;
    private ItemRef ref;
    private String content;

    @BeforeEach
    void meetingWithAnAttendee() {
        id = graph.addEvent(meeting("Demo at Acme").add("attendees",
                array(attendee("carl@acme.test", "required", "accepted"))).build());
        ref = store.list().values().iterator().next();
        content = store.get(ref.href()).content();
        graph.clearLog();
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private JsonObject onlyPatch() {
        List<String> patches = graph.requests().stream().filter(r -> r.startsWith("PATCH")).toList();
        assertEquals(1, patches.size(), graph.requests()::toString);
        assertTrue(graph.headers().contains(Map.entry("if-match", ref.etag())), graph.headers()::toString);
        return graph.bodies().get(0);
    }

    @Test
    void aNewTitleSendsTheSubjectAlone() {
        store.update(ref.href(), codec.applyEdit(content, CalendarItemEdit.none().withSummary("Demo (v2)")),
                ref.etag());
        assertEquals(Set.of("subject"), onlyPatch().keySet());
        assertEquals("accepted", graph.event(id).orElseThrow().getJsonArray("attendees").getJsonObject(0)
                .getJsonObject("status").getString("response"), "the attendee's answer stays");
    }

    @Test
    void anEditThatChangesNothingGraphHoldsSendsNoRequest() {
        ItemRef after = store.update(ref.href(), codec.applyEdit(content, CalendarItemEdit.none()
                .withLocation("Room 1")), ref.etag());
        assertEquals(ref, after);
        assertTrue(graph.requests().isEmpty(), graph.requests()::toString);
    }

    @Test
    void aNewStartMovesStartAndEndOnly() {
        CalendarTime start = CalendarTime.of(ZonedDateTime.parse("2026-12-16T10:00:00+01:00[Europe/Madrid]"));
        store.update(ref.href(), codec.applyEdit(content, CalendarItemEdit.none().withStart(start)), ref.etag());
        JsonObject patch = onlyPatch();
        assertEquals(Set.of("start", "end", "isAllDay"), patch.keySet());
        assertEquals("2026-12-16T10:00:00", patch.getJsonObject("start").getString("dateTime"));
        assertEquals("Europe/Madrid", patch.getJsonObject("start").getString("timeZone"));
        assertEquals("2026-12-16T11:00:00", patch.getJsonObject("end").getString("dateTime"));
    }

    @Test
    void anInvitedAddressIsAddedAndTheOthersKeepTheirRecord() {
        var attendees = new AttendeeEdit(List.of(new CalendarPerson("carl@acme.test", null),
                new CalendarPerson("dora@acme.test", "Dora")), null);
        store.update(ref.href(), codec.applyEdit(content, CalendarItemEdit.none().withAttendees(attendees)),
                ref.etag());
        JsonObject patch = onlyPatch();
        assertEquals(Set.of("attendees"), patch.keySet());
        var sent = patch.getJsonArray("attendees");
        assertEquals("accepted", sent.getJsonObject(0).getJsonObject("status").getString("response"));
        assertEquals("dora@acme.test", sent.getJsonObject(1).getJsonObject("emailAddress").getString("address"));
        assertEquals("required", sent.getJsonObject(1).getString("type"));
    }

    @Test
    void anEditOfAnEventChangedInOutlookMeanwhileIsRefused() {
        graph.edit(id, meeting("Changed in Outlook").build());
        assertThrows(PreconditionFailedException.class, () -> store.update(ref.href(),
                codec.applyEdit(content, CalendarItemEdit.none().withSummary("Mine")), ref.etag()));
        assertEquals("Changed in Outlook", graph.event(id).orElseThrow().getString("subject"));
    }

    @Test
    void aNewEventKeepsTheCrmUidAsTransactionIdAndIsNotCreatedTwice() {
        String uid = "crm-41@tandem.test";
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:20261208T090000Z", "DTSTART;TZID=Europe/Madrid:20261217T090000",
                "DTEND;TZID=Europe/Madrid:20261217T100000", "SUMMARY:Lunch", "END:VEVENT", "END:VCALENDAR", "");
        store.create(uid, text);
        JsonObject posted = graph.bodies().get(0);
        assertEquals(uid, posted.getString("transactionId"));
        assertEquals("Europe/Madrid", posted.getJsonObject("start").getString("timeZone"));
        assertThrows(PreconditionFailedException.class, () -> store.create(uid, text));
        var listed = GraphStores.store(graph, "token-1", GraphStateStore.inMemory()).list();
        assertTrue(listed.containsKey(uid), listed::toString);
        assertEquals(2, graph.events().size());
    }
}

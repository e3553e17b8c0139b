package dev.tandem.calendar.control.graph;

import static dev.tandem.calendar.control.graph.GraphJsonSamples.array;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.attendee;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.meeting;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.person;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.EventStatus;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.recurrence.RecurrenceExpander;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.testsupport.GraphStandIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Graph events as the CRM reads them: invitations and answers, all-day, cancelled, recurring series. */
class GraphEventContentTest {

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");
    private final GraphItemStore store = GraphStores.store(graph, "token-1", GraphStateStore.inMemory());
    private final ICalendarCodec codec = new ICalendarCodec();

    @AfterEach
    void stop() {
        graph.close();
    }

    private String onlyItemContent() {
        var items = store.list();
        assertEquals(1, items.size(), items::toString);
        return store.get(items.values().iterator().next().href()).content();
    }

    @Test
    void anInvitationKeepsItsOrganizerAttendeesAndMyAnswer() {
        graph.addEvent(meeting("Review at Acme").add("organizer", person("bob@acme.test", "Bob"))
                .add("responseStatus", Json.createObjectBuilder().add("response", "tentativelyAccepted"))
                .add("attendees", array(attendee("ana@contoso.test", "required", "none"),
                        attendee("carl@acme.test", "optional", "accepted"))).build());
        CalendarItem item = codec.parse(onlyItemContent());
        var me = new CalendarIdentity(Set.of("ana@contoso.test"));
        assertEquals("bob@acme.test", item.findOrganizer().orElseThrow().email());
        assertTrue(me.organisedBySomeoneElse(item), "an invitation is read-only in the CRM");
        assertEquals(ParticipationStatus.TENTATIVE, me.findMyStatus(item).orElseThrow());
        assertEquals(ParticipationStatus.ACCEPTED, item.attendees().get(1).status());
        assertEquals("Agenda", item.description());
        assertEquals(ZonedDateTime.parse("2026-12-15T10:00:00+01:00[Europe/Madrid]"), item.start().dateTime());
    }

    @Test
    void anUnansweredInvitationThatDoesNotListMeStillCarriesMyStatus() {
        graph.addEvent(meeting("Kick-off").add("organizer", person("bob@acme.test", "Bob"))
                .add("responseStatus", Json.createObjectBuilder().add("response", "notResponded")).build());
        CalendarItem item = codec.parse(onlyItemContent());
        assertEquals(ParticipationStatus.NEEDS_ACTION, new CalendarIdentity(Set.of("ana@contoso.test"))
                .findMyStatus(item).orElseThrow());
    }

    @Test
    void anAllDayEventIsADateAndACancelledFreeOneSaysSo() {
        graph.addEvent(meeting("Holiday").add("isAllDay", true).add("isCancelled", true).add("showAs", "free")
                .add("start", time("2026-12-24T00:00:00", "UTC")).add("end", time("2026-12-25T00:00:00", "UTC"))
                .build());
        String content = onlyItemContent();
        assertTrue(content.contains("DTSTART;VALUE=DATE:20261224"), content);
        assertTrue(content.contains("TRANSP:TRANSPARENT"), content);
        assertEquals(EventStatus.CANCELLED, codec.parse(content).findEventStatus().orElseThrow());
    }

    @Test
    void aSeriesIsOneItemWithItsRuleExceptionsAndDeletedOccurrences() {
        JsonObject master = meeting("Weekly sync").add("start", time("2026-12-01T10:00:00", "Europe/Madrid"))
                .add("end", time("2026-12-01T10:30:00", "Europe/Madrid")).add("recurrence", weekly(4)).build();
        String masterId = graph.addSeries(master, List.of(
                instance("occurrence", "Weekly sync", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00"),
                instance("exception", "Weekly sync (moved)", "2026-12-08T09:00:00Z", "2026-12-08T12:00:00"),
                instance("occurrence", "Weekly sync", "2026-12-22T09:00:00Z", "2026-12-22T10:00:00")));
        String content = onlyItemContent();
        String rule = content.lines().filter(line -> line.startsWith("RRULE:FREQ=WEEKLY")).findFirst().orElse("");
        assertTrue(rule.contains("BYDAY=TU") && rule.contains("COUNT=4") && rule.contains("WKST=MO"), content);
        // Windows' "Romance Standard Time" is Europe/Paris for CLDR: the same wall-clock times as Madrid.
        assertTrue(content.contains("DTSTART;TZID=Europe/Paris:20261201T100000"), content);
        assertTrue(content.contains("RECURRENCE-ID;TZID=Europe/Paris:20261208T100000"), content);
        assertTrue(content.contains("EXDATE;TZID=Europe/Paris:20261215T100000"), content);
        assertEquals(graph.event(masterId).orElseThrow().getString("iCalUId"), codec.parse(content).uid());

        var shown = new RecurrenceExpander(ZoneOffset.UTC).expand(content,
                ZonedDateTime.parse("2026-11-30T00:00:00Z"), ZonedDateTime.parse("2027-01-31T00:00:00Z"));
        assertEquals(List.of("Weekly sync", "Weekly sync (moved)", "Weekly sync"),
                shown.stream().map(o -> o.summary()).toList());
        assertEquals(ZonedDateTime.parse("2026-12-08T12:00:00+01:00[Europe/Paris]"), shown.get(1).start().dateTime());
    }

    @Test
    void anOccurrenceDeletedInOutlookChangesTheSeriesAndTheLastOneEndsIt() {
        JsonObject master = meeting("Stand-up").add("start", time("2026-12-01T10:00:00", "Europe/Madrid"))
                .add("end", time("2026-12-01T10:15:00", "Europe/Madrid")).add("recurrence", weekly(2)).build();
        graph.addSeries(master, List.of(
                instance("occurrence", "Stand-up", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00"),
                instance("occurrence", "Stand-up", "2026-12-08T09:00:00Z", "2026-12-08T10:00:00")));
        var state = GraphStateStore.inMemory();
        ItemRef before = listed(state).values().iterator().next();
        List<String> occurrences = graph.events().stream().filter(e -> "occurrence".equals(e.getString("type")))
                .map(e -> e.getString("id")).toList();

        graph.remove(occurrences.get(1));
        GraphItemStore second = GraphStores.store(graph, "token-1", state);
        ItemRef changed = second.list().values().iterator().next();
        second.saveState();
        assertFalse(before.etag().equals(changed.etag()), "the series' version moved");
        String content = second.get(changed.href()).content();
        assertTrue(content.contains("EXDATE;TZID=Europe/Paris:20261208T100000"), content);

        graph.remove(occurrences.get(0));
        assertTrue(listed(state).isEmpty(), "a series whose every occurrence is gone is gone");
    }

    private java.util.Map<String, ItemRef> listed(GraphStateStore state) {
        GraphItemStore next = GraphStores.store(graph, "token-1", state);
        var items = next.list();
        next.saveState();
        return items;
    }

    @Test
    void aSeriesCannotBeChangedFromTheCrm() {
        graph.addSeries(meeting("Series").add("recurrence", weekly(3)).build(),
                List.of(instance("occurrence", "Series", "2026-12-15T09:00:00Z", "2026-12-15T10:00:00")));
        ItemRef ref = store.list().values().iterator().next();
        String content = store.get(ref.href()).content();
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.tandem.sync.spi.ItemStoreException.class,
                () -> store.update(ref.href(), content.replace("SUMMARY:Series", "SUMMARY:Mine"), ref.etag()));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertFalse(graph.requests().stream().anyMatch(r -> r.startsWith("PATCH")));
    }

    static JsonObject weekly(int count) {
        return Json.createObjectBuilder()
                .add("pattern", Json.createObjectBuilder().add("type", "weekly").add("interval", 1)
                        .add("daysOfWeek", Json.createArrayBuilder().add("tuesday")).add("firstDayOfWeek", "monday"))
                .add("range", Json.createObjectBuilder().add("type", "numbered").add("startDate", "2026-12-01")
                        .add("numberOfOccurrences", count).add("recurrenceTimeZone", "Romance Standard Time"))
                .build();
    }

    /** @param localStart the instance's start in Madrid */
    static JsonObject instance(String type, String subject, String originalStart, String localStart) {
        var start = java.time.LocalDateTime.parse(localStart);
        return meeting(subject).add("type", type).add("originalStart", originalStart)
                .add("originalStartTimeZone", "Romance Standard Time")
                .add("start", time(localStart, "Europe/Madrid"))
                .add("end", time(start.plusMinutes(30).toString(), "Europe/Madrid")).build();
    }
}

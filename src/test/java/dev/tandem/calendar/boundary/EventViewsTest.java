package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.entity.Origin;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From stored iCalendar text to what GET /api/events shows: flags, people, contacts, occurrences. */
class EventViewsTest {

    private final ICalendarCodec codec = new ICalendarCodec();
    private final EventViews views = new EventViews(new CalendarIdentity(Set.of("alice@tandem.test")),
            Map.of("ana@acme.com", new EventViews.ContactLink(3, 7L)));
    private final OffsetDateTime from = OffsetDateTime.parse("2026-12-01T00:00:00+01:00");
    private final OffsetDateTime to = OffsetDateTime.parse("2026-12-31T00:00:00+01:00");

    @Test
    void invitationFromSomeoneElseIsReadOnlyWithMyAnswerAndContactsMatched() {
        EventView view = single(Origin.PROVIDER, event("inv-1",
                "ORGANIZER;CN=Boss:mailto:boss@other.com",
                "ATTENDEE;CN=Alice;PARTSTAT=NEEDS-ACTION:mailto:alice@tandem.test",
                "ATTENDEE;CN=Ana;PARTSTAT=ACCEPTED:mailto:Ana@Acme.com"));

        assertFalse(view.editable());
        assertEquals("EXTERNAL_INVITATION", view.readOnlyReason());
        assertEquals("NEEDS_ACTION", view.myStatus());
        assertEquals(new EventView.PersonView("boss@other.com", "Boss", null), view.organizer());
        assertEquals(new EventView.AttendeeView("ana@acme.com", "Ana", 3L, "ACCEPTED"), view.attendees().get(1));
        assertEquals(List.of(3L), view.contactIds());
        assertEquals(List.of(7L), view.companyIds());
        assertEquals("Europe/Madrid", view.timeZone());
        assertEquals("2026-12-03T10:00+01:00", view.start());
        assertEquals("PROVIDER", view.origin());
    }

    @Test
    void providerEventIOrganiseIsEditable() {
        EventView view = single(Origin.PROVIDER, event("own-1", "ORGANIZER:mailto:ALICE@tandem.test",
                "ATTENDEE:mailto:someone@else.org"));
        assertTrue(view.editable());
        assertNull(view.readOnlyReason());
        assertNull(view.attendees().get(0).contactId());
        assertEquals(List.of(), view.contactIds());
    }

    /** The API judges "me" as sync does ({@link CalendarIdentity#forUser}): Tandem email plus CalDAV login. */
    @Test
    void myCalendarLoginCountsAsMeAsItDoesForSync() {
        String own = event("own-2", "ORGANIZER:mailto:alice@work.example",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:alice@work.example", "ATTENDEE:mailto:bo@other.org");
        String invitation = event("inv-2", "ORGANIZER:mailto:boss@other.com",
                "ATTENDEE;PARTSTAT=TENTATIVE:mailto:ALICE@work.example");

        var connected = new EventViews(CalendarIdentity.forUser("alice@tandem.test", "Alice@Work.example"), Map.of());
        EventView mine = single(connected, Origin.PROVIDER, own);
        assertTrue(mine.editable());
        assertEquals("ACCEPTED", mine.myStatus());
        assertEquals("TENTATIVE", single(connected, Origin.PROVIDER, invitation).myStatus());

        for (String notAnAddress : new String[] {null, "alice"}) {
            var emailOnly = new EventViews(CalendarIdentity.forUser("alice@tandem.test", notAnAddress), Map.of());
            assertEquals("EXTERNAL_INVITATION", single(emailOnly, Origin.PROVIDER, own).readOnlyReason());
            assertNull(single(emailOnly, Origin.PROVIDER, own).myStatus());
        }
    }

    @Test
    void recurringProviderSeriesIsExpandedReadOnlyWithOneIdPerOccurrence() {
        String text = event("series-1", "RRULE:FREQ=WEEKLY;COUNT=3");
        CalendarItem item = codec.parse(text);
        var occurrences = new EventOccurrences(from.getOffset()).in(text, item, from, to);
        var shown = occurrences.stream().map(o -> views.of(12, Origin.PROVIDER, item, o)).toList();

        assertEquals(3, shown.size());
        assertTrue(shown.stream().allMatch(v -> !v.editable() && "RECURRING".equals(v.readOnlyReason())
                && v.recurring() && v.eventId() == 12));
        assertEquals("12:2026-12-10T10:00+01:00", shown.get(1).id());
        assertEquals("2026-12-17T10:00+01:00", shown.get(2).start());
    }

    @Test
    void crmEventIsEditableAndAllDayStaysADate() {
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//T//EN", "BEGIN:VEVENT",
                "UID:day-1", "DTSTAMP:20261101T000000Z", "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206",
                "SUMMARY:Fair", "END:VEVENT", "END:VCALENDAR", "");
        EventView view = single(Origin.CRM, text);
        assertTrue(view.editable());
        assertTrue(view.allDay());
        assertEquals("2026-12-05", view.start());
        assertNull(view.timeZone());
        assertNull(view.myStatus());
    }

    @Test
    void singleEventOutsideTheWindowHasNoOccurrence() {
        String text = event("later");
        CalendarItem item = codec.parse(text);
        assertTrue(new EventOccurrences(from.getOffset()).in(text, item, to, to.plusDays(1)).isEmpty());
    }

    private EventView single(Origin origin, String text) {
        return single(views, origin, text);
    }

    private EventView single(EventViews mapping, Origin origin, String text) {
        CalendarItem item = codec.parse(text);
        var occurrence = new EventOccurrences(from.getOffset()).in(text, item, from, to).get(0);
        return mapping.of(12, origin, item, occurrence);
    }

    private static String event(String uid, String... extra) {
        var lines = new java.util.ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//T//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261101T000000Z",
                "DTSTART;TZID=Europe/Madrid:20261203T100000", "DTEND;TZID=Europe/Madrid:20261203T110000",
                "SUMMARY:Demo"));
        lines.addAll(List.of(extra));
        lines.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
        return String.join("\r\n", lines);
    }
}

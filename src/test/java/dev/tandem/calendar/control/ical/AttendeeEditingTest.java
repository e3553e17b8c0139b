package dev.tandem.calendar.control.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.AttendeeEdit;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.ParticipationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A CRM user changes who is invited: kept attendees keep their answers, SEQUENCE tells the others (RFC 5546). */
class AttendeeEditingTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final CalendarPerson ALICE = new CalendarPerson("alice@tandem.test", "Alice Admin");

    private final ICalendarCodec codec = new ICalendarCodec(Clock.fixed(Instant.parse("2024-03-10T09:30:00Z"),
            ZoneOffset.UTC), MADRID);

    @Test
    void keptAttendeesKeepEveryParameterDroppedOnesGoNewOnesAreAskedToAnswer() {
        String meeting = ICalendarSamples.RICH_EVENT.replace("ATTENDEE:mailto:di@example.com",
                "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE;CN=Di;X-NUM-GUESTS=0:"
                        + "mailto:Di@Example.com");
        var attendees = AttendeeEdit.of(List.of("BO@example.com", "di@example.com", "eve@acme.com"),
                Map.of("eve@acme.com", "Eve Stone"), ALICE);

        String edited = codec.applyEdit(meeting, CalendarItemEdit.none().withAttendees(attendees));

        String unfolded = edited.replace("\r\n ", "");
        assertTrue(unfolded.contains("ATTENDEE;CN=Bo Li;PARTSTAT=ACCEPTED:mailto:bo@example.com\r\n"), edited);
        assertTrue(unfolded.contains("ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE;CN=Di;"
                + "X-NUM-GUESTS=0:mailto:Di@Example.com\r\n"), edited);
        assertFalse(unfolded.contains("cy@example.com"), edited);
        String eve = line(unfolded, "mailto:eve@acme.com");
        for (String parameter : List.of("PARTSTAT=NEEDS-ACTION", "RSVP=TRUE", "CN=Eve Stone")) {
            assertTrue(eve.contains(parameter), parameter + " missing in " + eve);
        }
        CalendarItem reread = codec.parse(edited);
        assertEquals(List.of("bo@example.com", "di@example.com", "eve@acme.com"),
                reread.attendees().stream().map(a -> a.person().email()).toList());
        assertEquals(new CalendarPerson("ana@example.com", "Ana Ruiz"), reread.organizer(), "organizer kept");
        assertEquals(4, reread.sequence());
        assertTrue(unfolded.contains("BEGIN:VALARM") && unfolded.contains("X-FOO;X-PARAM=1:bar"), edited);
    }

    @Test
    void anEmptyListUninvitesEveryoneAndTellsThem() {
        CalendarItem reread = codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT,
                CalendarItemEdit.none().withAttendees(AttendeeEdit.of(List.of(), Map.of(), ALICE))));

        assertTrue(reread.attendees().isEmpty());
        assertEquals(4, reread.sequence());
    }

    @Test
    void sameAddressesInAnotherOrderAndCaseChangeNothing() {
        var same = AttendeeEdit.of(List.of("DI@example.com", "cy@example.com", "bo@EXAMPLE.com", "bo@example.com"),
                Map.of(), ALICE);

        String edited = codec.applyEdit(ICalendarSamples.RICH_EVENT, CalendarItemEdit.none().withAttendees(same));

        assertEquals(codec.contentHash(ICalendarSamples.RICH_EVENT), codec.contentHash(edited));
        assertEquals(3, codec.parse(edited).sequence());
    }

    @Test
    void theFirstAttendeeMakesTheUserOrganizer() {
        var start = ZonedDateTime.of(2024, 4, 2, 9, 0, 0, 0, MADRID);
        String alone = codec.create(CalendarItem.newEvent("crm-1", "Demo", CalendarTime.of(start),
                CalendarTime.of(start.plusHours(1))));

        String invited = codec.applyEdit(alone, CalendarItemEdit.none()
                .withAttendees(AttendeeEdit.of(List.of("ana@acme.com"), Map.of(), ALICE)));

        CalendarItem reread = codec.parse(invited);
        assertEquals(ALICE, reread.organizer());
        assertEquals(List.of(new Attendee(new CalendarPerson("ana@acme.com", null), ParticipationStatus.NEEDS_ACTION)),
                reread.attendees());
        assertEquals(1, reread.sequence());
    }

    @Test
    void leavingAttendeesOutOfTheEditKeepsThem() {
        CalendarItem reread = codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT,
                CalendarItemEdit.none().withSummary("Renamed")));

        assertEquals(codec.parse(ICalendarSamples.RICH_EVENT).attendees(), reread.attendees());
        assertEquals(3, reread.sequence());
    }

    private static String line(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError(part
                + " not in\n" + text));
    }
}

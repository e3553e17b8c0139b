package dev.tandem.calendar.control.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.RecurrenceShape;
import dev.tandem.calendar.control.item.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarCodecTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = Instant.parse("2024-03-10T09:30:00Z");

    private final ICalendarCodec codec = new ICalendarCodec(Clock.fixed(NOW, ZoneOffset.UTC), MADRID);

    @Test
    void readsAnEventWithItsPeopleInIanaTime() {
        CalendarItem item = codec.parse(ICalendarSamples.RICH_EVENT);

        assertEquals("rich-1@example.com", item.uid());
        assertEquals(ItemKind.EVENT, item.kind());
        assertEquals("Quarterly review", item.summary());
        assertEquals("Agenda: numbers, plans\nand risks", item.description());
        assertEquals("Room 4", item.location());
        assertEquals(CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, MADRID)), item.start());
        assertEquals(CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 11, 0, 0, 0, MADRID)), item.end());
        assertEquals(new CalendarPerson("ana@example.com", "Ana Ruiz"), item.organizer());
        assertEquals(List.of(
                new Attendee(new CalendarPerson("bo@example.com", "Bo Li"), ParticipationStatus.ACCEPTED),
                new Attendee(new CalendarPerson("cy@example.com", null), ParticipationStatus.TENTATIVE),
                new Attendee(new CalendarPerson("di@example.com", null), ParticipationStatus.NEEDS_ACTION)),
                item.attendees());
        assertEquals(3, item.sequence());
        assertFalse(item.recurrence().isRecurring());
    }

    @Test
    void readsRecurrenceWithoutExpandingIt() {
        CalendarItem item = codec.parse(ICalendarSamples.WEEKLY_ACROSS_DST);

        assertEquals(new RecurrenceShape(true, true, true, 1), item.recurrence());
        assertEquals("Standup", item.summary());
    }

    /** The sample has attendees, so moving it is news for them: SEQUENCE 3 becomes 4 (RFC 5546 §2.1.4). */
    @Test
    void editingTitleAndStartKeepsEverythingTandemDoesNotModel() {
        var edit = CalendarItemEdit.none().withSummary("Quarterly review (moved)")
                .withStart(CalendarTime.of(ZonedDateTime.of(2024, 3, 18, 16, 30, 0, 0, MADRID)));

        String edited = codec.applyEdit(ICalendarSamples.RICH_EVENT, edit);

        String unfolded = edited.replace("\r\n ", "");
        for (String kept : List.of("X-FOO;X-PARAM=1:bar", "CATEGORIES:Sales,Review", "BEGIN:VALARM",
                "TRIGGER:-PT15M", "ATTACH;FMTTYPE=application/pdf:https://files.example.com/q1.pdf",
                "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.com/abc", "SEQUENCE:4",
                "ORGANIZER;CN=Ana Ruiz:mailto:Ana@Example.com", "ATTENDEE;CN=Bo Li;PARTSTAT=ACCEPTED:mailto:bo@example.com",
                "DTSTART;TZID=Europe/Madrid:20240318T163000", "DTEND;TZID=Europe/Madrid:20240318T173000",
                "SUMMARY:Quarterly review (moved)", "DTSTAMP:20240310T093000Z")) {
            assertTrue(unfolded.contains(kept + "\r\n"), () -> "lost " + kept + " in\n" + edited);
        }
        assertEquals(1, count(unfolded, "BEGIN:VTIMEZONE"));
        CalendarItem reread = codec.parse(edited);
        assertEquals(MADRID, reread.start().dateTime().getZone());
        assertEquals(3, reread.attendees().size());
    }

    @Test
    void movingToAnotherZoneAddsItsVtimezone() {
        ZonedDateTime tokyo = ZonedDateTime.of(2024, 3, 18, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo"));

        String edited = codec.applyEdit(ICalendarSamples.RICH_EVENT,
                CalendarItemEdit.none().withStart(CalendarTime.of(tokyo)).withEnd(CalendarTime.of(tokyo.plusHours(2))));

        assertTrue(edited.contains("TZID:Asia/Tokyo"), edited);
        assertEquals(CalendarTime.of(tokyo.plusHours(2)), codec.parse(edited).end());
    }

    @Test
    void turningAnEventAllDayWritesDates() {
        var edit = CalendarItemEdit.none().withStart(CalendarTime.of(LocalDate.of(2024, 3, 20)))
                .withEnd(CalendarTime.of(LocalDate.of(2024, 3, 22)));

        CalendarItem reread = codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT, edit));

        assertTrue(reread.isAllDay());
        assertEquals(CalendarTime.of(LocalDate.of(2024, 3, 20)), reread.start());
        assertEquals(CalendarTime.of(LocalDate.of(2024, 3, 22)), reread.end());
    }

    @Test
    void sequenceStaysForEditsAttendeesNeedNotHearAbout() {
        var sameMomentElsewhere = CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 9, 0, 0, 0, ZoneOffset.UTC));
        var quiet = CalendarItemEdit.none().withSummary("Renamed").withDescription("").withLocation("Room 5")
                .withStart(CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, MADRID)));

        assertEquals(3, codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT, quiet)).sequence());
        assertEquals(3, codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT,
                CalendarItemEdit.none().withStart(sameMomentElsewhere))).sequence(), "a zone change moves nothing");
    }

    @Test
    void sequenceMovesWhenAMeetingMovesButNotForAnEventWithoutAttendees() {
        var noon = CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 12, 0, 0, 0, MADRID));
        var later = CalendarItemEdit.none().withEnd(noon);
        String alone = codec.create(CalendarItem.newEvent("alone-1", "Focus time",
                CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, MADRID)),
                CalendarTime.of(ZonedDateTime.of(2024, 3, 15, 11, 0, 0, 0, MADRID))));

        assertEquals(4, codec.parse(codec.applyEdit(ICalendarSamples.RICH_EVENT, later)).sequence());
        String moved = codec.applyEdit(alone, later);
        assertEquals(0, codec.parse(moved).sequence());
        assertFalse(moved.contains("SEQUENCE"), moved);
    }

    @Test
    void hashIgnoresReserialisationStampsAndOrderButNotContent() {
        String original = ICalendarSamples.RICH_EVENT;
        String reserialised = codec.applyEdit(original, CalendarItemEdit.none());
        String reordered = original.replace("SUMMARY:Quarterly review\r\n", "")
                .replace("LOCATION:Room 4\r\n", "LOCATION:Room 4\r\nSUMMARY:Quarterly\r\n  review\r\n")
                .replace("PRODID:-//Example Corp//Groupware 9//EN", "PRODID:-//Other//EN");

        assertNotEquals(original, reserialised);
        assertEquals(codec.contentHash(original), codec.contentHash(reserialised));
        assertEquals(codec.contentHash(original), codec.contentHash(reordered));
        String retitled = codec.applyEdit(original, CalendarItemEdit.none().withSummary("Other title"));
        assertNotEquals(codec.contentHash(original), codec.contentHash(retitled));
    }

    @Test
    void createsAnEventWithTandemProdidAndItsTimeZone() {
        ZonedDateTime start = ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, MADRID);
        CalendarItem item = CalendarItem.newEvent("crm-42", "Demo for Acme",
                CalendarTime.of(start), CalendarTime.of(start.plusMinutes(45)));

        String created = codec.create(item);

        assertTrue(created.contains("PRODID:-//Tandem//EN\r\n"), created);
        assertTrue(created.contains("\r\nVERSION:2.0\r\n"), created);
        assertTrue(created.contains("DTSTAMP:20240310T093000Z\r\n"), created);
        assertTrue(created.contains("TZID:Europe/Madrid\r\n"), created);
        CalendarItem reread = codec.parse(created);
        assertEquals(item.start(), reread.start());
        assertEquals(item.end(), reread.end());
        assertEquals("Demo for Acme", reread.summary());
    }

    @Test
    void createsUtcEventsWithoutVtimezone() {
        ZonedDateTime start = ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC);

        String created = codec.create(CalendarItem.newEvent("crm-43", "Call", CalendarTime.of(start), null));

        assertTrue(created.contains("DTSTART:20240701T090000Z\r\n"), created);
        assertFalse(created.contains("VTIMEZONE"), created);
    }

    @Test
    void taskDueAndCompletionRoundTrip() {
        CalendarItem open = codec.parse(ICalendarSamples.OPEN_TASK);
        assertEquals(ItemKind.TASK, open.kind());
        assertEquals(CalendarTime.of(LocalDate.of(2024, 3, 20)), open.due());
        assertEquals(TaskStatus.NEEDS_ACTION, open.status());
        assertTrue(open.findCompleted().isEmpty());

        Instant doneAt = Instant.parse("2024-03-19T17:05:00Z");
        String done = codec.applyEdit(ICalendarSamples.OPEN_TASK, CalendarItemEdit.none()
                .withDue(CalendarTime.of(LocalDate.of(2024, 3, 21))).withCompleted(doneAt));
        CalendarItem completed = codec.parse(done);
        assertEquals(doneAt, completed.completed());
        assertEquals(TaskStatus.COMPLETED, completed.status());
        assertEquals(CalendarTime.of(LocalDate.of(2024, 3, 21)), completed.due());
        assertTrue(done.contains("X-APPLE-SORT-ORDER:7\r\n") && done.contains("PRIORITY:1\r\n"), done);

        CalendarItem reopened = codec.parse(codec.applyEdit(done, CalendarItemEdit.none().withReopened()));
        assertTrue(reopened.findCompleted().isEmpty());
        assertEquals(TaskStatus.NEEDS_ACTION, reopened.status());
    }

    @Test
    void createdTaskReadsBack() {
        CalendarItem task = CalendarItem.newTask("crm-task-7", "Call back",
                CalendarTime.of(ZonedDateTime.of(2024, 4, 2, 12, 0, 0, 0, MADRID)));

        CalendarItem reread = codec.parse(codec.create(task));

        assertEquals(task.due(), reread.due());
        assertEquals(TaskStatus.NEEDS_ACTION, reread.status());
        assertEquals(ItemKind.TASK, reread.kind());
    }

    @Test
    void unreadableTextIsRejected() {
        assertThrows(InvalidICalendarException.class, () -> codec.parse("BEGIN:VCALENDAR\r\nthis is not ical"));
        assertThrows(InvalidICalendarException.class, () -> codec.parse(ICalendarSamples.lines(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VJOURNAL", "UID:j", "END:VJOURNAL",
                "END:VCALENDAR")));
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    @Test
    void aTimeInAZoneNobodyDefinesIsKeptAtItsClockTimeAndTheCaveatSaysSo() {
        String nowhere = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//EN",
                "BEGIN:VEVENT", "UID:nowhere-1", "DTSTAMP:20250301T000000Z",
                "DTSTART;TZID=Nowhere Standard Time:20250326T090000", "SUMMARY:Somewhere", "END:VEVENT",
                "END:VCALENDAR");

        assertEquals(CalendarTime.of(ZonedDateTime.of(2025, 3, 26, 9, 0, 0, 0, MADRID)), codec.parse(nowhere).start());
        assertTrue(codec.findPlacementCaveat(nowhere).orElseThrow().contains("\"Nowhere Standard Time\""));
        assertTrue(codec.findPlacementCaveat(nowhere.replace("Nowhere Standard Time", "Romance Standard Time"))
                .isEmpty(), "CLDR maps the Windows id");
        assertTrue(codec.findPlacementCaveat(ICalendarSamples.RICH_EVENT).isEmpty());
    }
}

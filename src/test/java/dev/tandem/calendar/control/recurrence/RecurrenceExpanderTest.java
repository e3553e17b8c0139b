package dev.tandem.calendar.control.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.caldav.CalDavClientTest;
import dev.tandem.calendar.control.ical.ICalendarSamples;
import dev.tandem.calendar.control.item.CalendarTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final RecurrenceExpander expander = new RecurrenceExpander(MADRID);

    @Test
    void weeklySeriesKeepsItsLocalHourAcrossDstWithExdateRdateAndOverride() {
        List<Occurrence> all = expander.expand(ICalendarSamples.WEEKLY_ACROSS_DST,
                madrid(2024, 1, 1, 0, 0), madrid(2025, 1, 1, 0, 0));

        assertEquals(List.of(madrid(2024, 3, 14, 10, 0), madrid(2024, 3, 28, 10, 0), madrid(2024, 3, 30, 12, 0),
                madrid(2024, 4, 4, 15, 0), madrid(2024, 4, 11, 10, 0), madrid(2024, 4, 18, 10, 0)), starts(all));
        assertEquals("+01:00", all.get(0).start().dateTime().getOffset().toString());
        assertEquals("+02:00", all.get(4).start().dateTime().getOffset().toString());
        assertEquals(madrid(2024, 4, 11, 11, 0), all.get(4).end().dateTime());
        Occurrence moved = all.get(3);
        assertTrue(moved.overridden());
        assertEquals("Standup (moved)", moved.summary());
        assertEquals(madrid(2024, 4, 4, 10, 0), moved.recurrenceId().dateTime());
        assertFalse(all.get(0).overridden());
        assertEquals(MADRID, all.get(0).start().dateTime().getZone());
    }

    @Test
    void windowIsHalfOpenAndUsesWhereOverridesMovedTo() {
        List<Occurrence> window = expander.expand(ICalendarSamples.WEEKLY_ACROSS_DST,
                madrid(2024, 4, 4, 9, 0), madrid(2024, 4, 11, 10, 0));

        assertEquals(List.of(madrid(2024, 4, 4, 15, 0)), starts(window));
        List<Occurrence> beforeTheMove = expander.expand(ICalendarSamples.WEEKLY_ACROSS_DST,
                madrid(2024, 4, 4, 9, 0), madrid(2024, 4, 4, 12, 0));
        assertEquals(List.of(), beforeTheMove);
    }

    @Test
    void untilEndsTheSeries() {
        String series = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                ICalendarSamples.MADRID_VTIMEZONE, "BEGIN:VEVENT", "UID:until-1", "DTSTAMP:20240101T000000Z",
                "DTSTART;TZID=Europe/Madrid:20241014T090000", "DTEND;TZID=Europe/Madrid:20241014T093000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20241104T080000Z", "END:VEVENT", "END:VCALENDAR");

        List<Occurrence> all = expander.expand(series, madrid(2024, 10, 1, 0, 0), madrid(2025, 1, 1, 0, 0));

        assertEquals(List.of(madrid(2024, 10, 14, 9, 0), madrid(2024, 10, 21, 9, 0), madrid(2024, 10, 28, 9, 0),
                madrid(2024, 11, 4, 9, 0)), starts(all));
    }

    @Test
    void allDaySeriesStaysOnDates() {
        String series = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VEVENT", "UID:allday-1", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20240301",
                "DTEND;VALUE=DATE:20240302", "RRULE:FREQ=MONTHLY;UNTIL=20240801", "EXDATE;VALUE=DATE:20240501",
                "SUMMARY:Invoice run", "END:VEVENT", "END:VCALENDAR");

        List<Occurrence> all = expander.expand(series, madrid(2024, 3, 15, 0, 0), madrid(2024, 7, 1, 0, 0));

        assertEquals(List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 1)),
                all.stream().map(o -> o.start().date()).collect(Collectors.toList()));
        assertEquals(CalendarTime.of(LocalDate.of(2024, 4, 2)), all.get(0).end());
        assertTrue(all.stream().allMatch(o -> o.start().isAllDay() && "Invoice run".equals(o.summary())));
    }

    @Test
    void singleEventIsOneOccurrenceWhenInsideTheWindow() {
        String single = CalDavClientTest.event("one", "Once");

        assertEquals(1, expander.expand(single, madrid(2024, 3, 1, 0, 0), madrid(2024, 3, 2, 0, 0)).size());
        assertEquals(0, expander.expand(single, madrid(2024, 3, 2, 0, 0), madrid(2024, 3, 3, 0, 0)).size());
    }

    private static ZonedDateTime madrid(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MADRID);
    }

    private static List<ZonedDateTime> starts(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.start().dateTime()).collect(Collectors.toList());
    }
}

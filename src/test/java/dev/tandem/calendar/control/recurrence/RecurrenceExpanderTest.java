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

    @Test
    void thisAndFutureMovesTheInstanceAndEveryLaterOneKeepingTheWallClock() {
        String series = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                ICalendarSamples.MADRID_VTIMEZONE, "BEGIN:VEVENT", "UID:taf-1", "DTSTAMP:20240101T000000Z",
                "DTSTART;TZID=Europe/Madrid:20240314T100000", "DTEND;TZID=Europe/Madrid:20240314T110000",
                "RRULE:FREQ=WEEKLY;COUNT=5", "SUMMARY:Review", "END:VEVENT",
                "BEGIN:VEVENT", "UID:taf-1", "DTSTAMP:20240101T000000Z",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Madrid:20240321T100000",
                "DTSTART;TZID=Europe/Madrid:20240321T120000", "DTEND;TZID=Europe/Madrid:20240321T123000",
                "SUMMARY:Review (shorter, later)", "END:VEVENT", "END:VCALENDAR");

        List<Occurrence> all = expander.expand(series, madrid(2024, 3, 1, 0, 0), madrid(2024, 5, 1, 0, 0));

        assertEquals(List.of(madrid(2024, 3, 14, 10, 0), madrid(2024, 3, 21, 12, 0), madrid(2024, 3, 28, 12, 0),
                madrid(2024, 4, 4, 12, 0), madrid(2024, 4, 11, 12, 0)), starts(all), "12:00 also after the DST change");
        assertEquals(madrid(2024, 4, 4, 12, 30), all.get(3).end().dateTime(), "the override's length carries on");
        assertEquals("Review (shorter, later)", all.get(4).summary());
        assertTrue(all.get(4).overridden());
        assertEquals(madrid(2024, 4, 11, 10, 0), all.get(4).recurrenceId().dateTime(), "keyed by the rule's start");
        assertEquals("Review", all.get(0).summary());
    }

    @Test
    void aSingleOverrideAfterAThisAndFutureOneStillWinsForItsInstance() {
        String series = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VEVENT", "UID:taf-2", "DTSTAMP:20240101T000000Z", "DTSTART:20240101T090000Z",
                "DTEND:20240101T100000Z", "RRULE:FREQ=DAILY;COUNT=5", "SUMMARY:Daily", "END:VEVENT",
                "BEGIN:VEVENT", "UID:taf-2", "DTSTAMP:20240101T000000Z",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20240102T090000Z", "DTSTART:20240102T080000Z",
                "DTEND:20240102T090000Z", "SUMMARY:Daily earlier", "END:VEVENT",
                "BEGIN:VEVENT", "UID:taf-2", "DTSTAMP:20240101T000000Z", "RECURRENCE-ID:20240104T090000Z",
                "DTSTART:20240104T150000Z", "DTEND:20240104T160000Z", "SUMMARY:Once in the afternoon",
                "END:VEVENT", "END:VCALENDAR");

        List<Occurrence> all = expander.expand(series, utc(2024, 1, 1, 0), utc(2024, 1, 10, 0));

        assertEquals(List.of(utc(2024, 1, 1, 9), utc(2024, 1, 2, 8), utc(2024, 1, 3, 8), utc(2024, 1, 4, 15),
                utc(2024, 1, 5, 8)), starts(all).stream().map(ZonedDateTime::toInstant)
                .map(i -> i.atZone(ZoneId.of("UTC"))).collect(Collectors.toList()));
    }

    @Test
    void aShiftBringsAnInstanceFromJustOutsideTheWindowIntoIt() {
        String series = ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VEVENT", "UID:taf-3", "DTSTAMP:20240101T000000Z", "DTSTART:20240101T090000Z",
                "DTEND:20240101T100000Z", "RRULE:FREQ=DAILY;COUNT=5", "SUMMARY:Daily", "END:VEVENT",
                "BEGIN:VEVENT", "UID:taf-3", "DTSTAMP:20240101T000000Z",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20240102T090000Z", "DTSTART:20240101T230000Z",
                "DTEND:20240102T000000Z", "SUMMARY:Daily, the evening before", "END:VEVENT", "END:VCALENDAR");

        List<Occurrence> window = expander.expand(series, utc(2024, 1, 3, 20), utc(2024, 1, 4, 0));

        assertEquals(List.of(utc(2024, 1, 3, 23).toInstant()), starts(window).stream().map(ZonedDateTime::toInstant)
                .collect(Collectors.toList()), "the instance of the 4th, shifted to 23:00 of the 3rd");
    }

    @Test
    void aSeriesSplitByGoogleLeavesNoGapAndNoDoubleInstance() {
        String before = madridWeekly("split-old", "20241007T090000", "20241007T093000",
                "FREQ=WEEKLY;BYDAY=MO;UNTIL=20241027T225959Z");
        String after = madridWeekly("split-new", "20241028T093000", "20241028T100000", "FREQ=WEEKLY;BYDAY=MO;COUNT=3");

        assertEquals(List.of(madrid(2024, 10, 7, 9, 0), madrid(2024, 10, 14, 9, 0), madrid(2024, 10, 21, 9, 0),
                madrid(2024, 10, 28, 9, 30), madrid(2024, 11, 4, 9, 30), madrid(2024, 11, 11, 9, 30)),
                splitStarts(before, after));
    }

    @Test
    void aSeriesSplitByOutlookWithADateUntilLeavesNoGapAndNoDoubleInstance() {
        String before = madridWeekly("split-old-2", "20241007T090000", "20241007T093000",
                "FREQ=WEEKLY;BYDAY=MO;UNTIL=20241027");
        String after = madridWeekly("split-new-2", "20241028T090000", "20241028T093000", "FREQ=WEEKLY;BYDAY=MO;COUNT=3");

        assertEquals(List.of(madrid(2024, 10, 7, 9, 0), madrid(2024, 10, 14, 9, 0), madrid(2024, 10, 21, 9, 0),
                madrid(2024, 10, 28, 9, 0), madrid(2024, 11, 4, 9, 0), madrid(2024, 11, 11, 9, 0)),
                splitStarts(before, after));
    }

    /** A series "Pipeline" in Madrid time with the given local start, end and RRULE. */
    private static String madridWeekly(String uid, String start, String end, String rule) {
        return ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", ICalendarSamples.MADRID_VTIMEZONE,
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T000000Z", "DTSTART;TZID=Europe/Madrid:" + start,
                "DTEND;TZID=Europe/Madrid:" + end, "RRULE:" + rule, "SUMMARY:Pipeline", "END:VEVENT", "END:VCALENDAR");
    }

    private List<ZonedDateTime> splitStarts(String before, String after) {
        ZonedDateTime from = madrid(2024, 10, 1, 0, 0);
        ZonedDateTime to = madrid(2024, 12, 1, 0, 0);
        return java.util.stream.Stream.concat(expander.expand(before, from, to).stream(),
                expander.expand(after, from, to).stream()).map(o -> o.start().dateTime()).sorted()
                .collect(Collectors.toList());
    }

    private static ZonedDateTime utc(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneId.of("UTC"));
    }

    private static ZonedDateTime madrid(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MADRID);
    }

    private static List<ZonedDateTime> starts(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.start().dateTime()).collect(Collectors.toList());
    }
}

package dev.tandem.calendar.control.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Series that strangers' invitations can carry to make a calendar view hang or run out of memory: a rule that never
 * ends at a second's pace, a count of a billion, thousands of overrides. Expanding any of them over a year must
 * end promptly with a bounded number of instances (the limit is generous for real calendars: a daily series over
 * several years fits), and the first instances must be the right ones.
 */
class HostileRecurrenceTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A liveness bound, not a speed target: an unbounded expansion takes minutes or never ends. */
    private static final Duration ENDS_PROMPTLY = Duration.ofSeconds(20);

    private final RecurrenceExpander expander = new RecurrenceExpander(MADRID);

    private static String series(String rule, String more) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\nBEGIN:VEVENT\r\nUID:hostile@example.com\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART:20260101T090000Z\r\nDTEND:20260101T090001Z\r\n"
                + "SUMMARY:Flood\r\nRRULE:" + rule + "\r\nEND:VEVENT\r\n" + more + "END:VCALENDAR\r\n";
    }

    private List<Occurrence> expandOneYear(String icalendar) {
        return assertTimeoutPreemptively(ENDS_PROMPTLY, () -> expander.expand(icalendar,
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, MADRID), ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, MADRID)));
    }

    @Test
    void aRuleEverySecondWithoutEndIsCutAtTheInstanceLimit() {
        List<Occurrence> flood = expandOneYear(series("FREQ=SECONDLY", ""));

        assertTrue(flood.size() <= RecurrenceExpander.MAX_INSTANCES, () -> flood.size() + " instances");
        assertFalse(flood.isEmpty());
        assertTrue(flood.get(0).start().dateTime().toInstant().toString().equals("2026-01-01T09:00:00Z"),
                () -> flood.get(0).toString());
    }

    @Test
    void aRuleEverySecondSinceYearsAgoShowsItsFirstInstanceOnlyInsteadOfSteppingThroughThemAll() {
        String sinceTenYears = series("FREQ=SECONDLY", "").replace("DTSTART:20260101T090000Z",
                "DTSTART:20160101T090000Z");

        List<Occurrence> shown = assertTimeoutPreemptively(ENDS_PROMPTLY, () -> expander.expand(sinceTenYears,
                ZonedDateTime.of(2016, 1, 1, 0, 0, 0, 0, MADRID), ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, MADRID)));

        assertEquals(1, shown.size(), shown::toString);
        assertEquals("2016-01-01T09:00:00Z", shown.get(0).start().dateTime().toInstant().toString());
    }

    @Test
    void aCountOfABillionEveryMinuteIsCutAtTheInstanceLimit() {
        List<Occurrence> flood = expandOneYear(series("FREQ=MINUTELY;COUNT=1000000000", ""));

        assertTrue(flood.size() <= RecurrenceExpander.MAX_INSTANCES, () -> flood.size() + " instances");
        assertFalse(flood.isEmpty());
    }

    @Test
    void aDailySeriesOverAYearIsExpandedWhole() {
        assertTrue(expandOneYear(series("FREQ=DAILY", "")).size() == 365);
    }

    @Test
    void thousandsOfOverridesEndPromptly() {
        var overrides = new StringBuilder();
        ZonedDateTime day = ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneId.of("UTC"));
        for (int i = 0; i < 5_000; i++) {
            String stamp = day.plusHours(i).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
            overrides.append("BEGIN:VEVENT\r\nUID:hostile@example.com\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:")
                    .append(stamp).append("\r\nDTSTART:").append(stamp).append("\r\nSUMMARY:Moved ").append(i)
                    .append("\r\nEND:VEVENT\r\n");
        }
        List<Occurrence> all = expandOneYear(series("FREQ=HOURLY", overrides.toString()));

        assertTrue(all.size() <= RecurrenceExpander.MAX_INSTANCES, () -> all.size() + " instances");
        assertTrue(all.stream().anyMatch(Occurrence::overridden));
    }
}

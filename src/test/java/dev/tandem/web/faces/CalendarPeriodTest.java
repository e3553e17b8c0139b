package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    @Test
    void aSpanishWeekStartsOnMondayAndAnAmericanOneOnSunday() {
        CalendarPeriod spanish = CalendarPeriod.of("week", null, SATURDAY, Locale.forLanguageTag("es-ES"));
        CalendarPeriod american = CalendarPeriod.of("week", null, SATURDAY, Locale.US);

        assertEquals(LocalDate.of(2026, 11, 30), spanish.firstDay());
        assertEquals(LocalDate.of(2026, 11, 29), american.firstDay());
        assertEquals(7, spanish.days().size());
        assertEquals(DayOfWeek.MONDAY, spanish.days().get(0).getDayOfWeek());
    }

    @Test
    void aBareLanguageTakesItsLikelyRegionsFirstDayOfWeek() {
        assertEquals(LocalDate.of(2026, 11, 30), CalendarPeriod.of("week", null, SATURDAY, Locale.forLanguageTag("es"))
                .firstDay());
        assertEquals(LocalDate.of(2026, 11, 29), CalendarPeriod.of("week", null, SATURDAY, Locale.ENGLISH)
                .firstDay());
    }

    @Test
    void aMonthFillsWholeWeeksAndKnowsWhichDaysAreItsOwn() {
        CalendarPeriod december = CalendarPeriod.of("month", "2026-12-17", SATURDAY, Locale.forLanguageTag("es"));

        assertEquals(LocalDate.of(2026, 11, 30), december.firstDay());
        assertEquals(LocalDate.of(2027, 1, 4), december.endDay());
        assertEquals(35, december.days().size());
        assertFalse(december.contains(LocalDate.of(2026, 11, 30)));
        assertTrue(december.contains(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void previousAndNextMoveByTheSpanShown() {
        CalendarPeriod week = CalendarPeriod.of("week", "2026-12-02", SATURDAY, Locale.forLanguageTag("es"));
        CalendarPeriod month = CalendarPeriod.of("month", "2026-01-31", SATURDAY, Locale.forLanguageTag("es"));

        assertEquals(LocalDate.of(2026, 11, 23), week.previous());
        assertEquals(LocalDate.of(2026, 12, 7), week.next());
        assertEquals(LocalDate.of(2025, 12, 1), month.previous());
        assertEquals(LocalDate.of(2026, 2, 1), month.next());
    }

    @Test
    void aMistypedDateOrViewFallsBackToThisWeek() {
        CalendarPeriod fallback = CalendarPeriod.of("year", "2026-13-45", SATURDAY, Locale.forLanguageTag("es"));

        assertEquals(CalendarPeriod.Span.WEEK, fallback.span());
        assertEquals(SATURDAY, fallback.anchor());
    }
}

package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.calendar.boundary.EventView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final CalendarPeriod WEEK = CalendarPeriod.of("week", "2026-12-02", TODAY, Locale.forLanguageTag("es"));

    private final CalendarDays days = new CalendarDays(MADRID, Locale.forLanguageTag("es"));

    @Test
    void aTimedEventShowsOnItsLocalDayWithLocalTimes() {
        EventView lateCall = event("1", "2026-12-02T23:30:00Z", "2026-12-03T00:15:00Z", false);

        List<CalendarDay> week = days.lay(WEEK, TODAY, List.of(lateCall));

        assertEquals(List.of(), events(week, 2));
        assertEquals(List.of("0:30 – 1:15"), times(week, 3));
    }

    @Test
    void anEventAcrossMidnightShowsOnBothDays() {
        EventView night = event("2", "2026-12-01T21:00:00Z", "2026-12-02T01:00:00Z", false);

        List<CalendarDay> week = days.lay(WEEK, TODAY, List.of(night));

        assertEquals(List.of("22:00 –"), times(week, 1));
        assertEquals(List.of("– 2:00"), times(week, 2));
    }

    @Test
    void anAllDayEventCoversItsDatesWithAnExclusiveEnd() {
        EventView fair = event("3", "2026-12-01", "2026-12-03", true);

        List<CalendarDay> week = days.lay(WEEK, TODAY, List.of(fair));

        assertEquals(List.of(), events(week, 30));
        assertEquals(1, events(week, 1).size());
        assertEquals(1, events(week, 2).size());
        assertEquals(List.of(), events(week, 3));
    }

    @Test
    void theDayOfTodayIsMarked() {
        List<CalendarDay> week = days.lay(WEEK, TODAY, List.of());

        assertEquals(List.of(TODAY), week.stream().filter(CalendarDay::today).map(CalendarDay::date).toList());
        assertEquals("day-2026-12-02", week.get(2).getCellId());
    }

    private static List<ShownEvent> events(List<CalendarDay> week, int dayOfMonth) {
        return week.stream().filter(d -> d.date().getDayOfMonth() == dayOfMonth).findFirst().orElseThrow().events();
    }

    private static List<String> times(List<CalendarDay> week, int dayOfMonth) {
        return events(week, dayOfMonth).stream().map(ShownEvent::time).toList();
    }

    private static EventView event(String id, String start, String end, boolean allDay) {
        return new EventView(id, Long.parseLong(id), id + "@test", null, "Event " + id, "", "", start, end, allDay,
                allDay ? null : "UTC", null, List.of(), null, false, true, null, "CRM", List.of(), List.of(), null);
    }
}

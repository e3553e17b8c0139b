package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where discovery led: the user's principal, the calendar home and the calendars in it. Events and tasks may live
 * in one collection or in two; {@link #findEventCalendar()} and {@link #findTaskCalendar()} pick the default of each.
 */
public record CalendarHome(URI principal, URI home, List<CalendarCollection> calendars) {

    public CalendarHome {
        calendars = List.copyOf(calendars);
    }

    /** The first calendar (in the server's order) that accepts VEVENT. */
    public Optional<CalendarCollection> findEventCalendar() {
        return calendars.stream().filter(CalendarCollection::supportsEvents).findFirst();
    }

    /** The first calendar that accepts VTODO, preferring one that holds only tasks. */
    public Optional<CalendarCollection> findTaskCalendar() {
        return calendars.stream()
                .filter(calendar -> calendar.components().equals(java.util.Set.of("VTODO")))
                .findFirst()
                .or(() -> calendars.stream().filter(CalendarCollection::supportsTasks).findFirst());
    }
}

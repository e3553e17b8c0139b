package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.EventView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts occurrences on the days of a page in the user's zone: a timed event on every day it overlaps, an all-day
 * event on its dates (its end date is exclusive, RFC 5545 §3.6.1), and writes its times in the user's locale.
 */
final class CalendarDays {

    private final ZoneId zone;
    private final DateTimeFormatter clock;

    CalendarDays(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.clock = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    List<CalendarDay> lay(CalendarPeriod period, LocalDate today, List<EventView> occurrences) {
        var days = new ArrayList<CalendarDay>();
        for (LocalDate day : period.days()) {
            List<ShownEvent> shown = occurrences.stream().filter(event -> overlaps(event, day))
                    .map(event -> new ShownEvent(event, timeOf(event, day))).toList();
            days.add(new CalendarDay(day, day.equals(today), period.contains(day), shown));
        }
        return days;
    }

    /** The instant the page's first day starts, for the API's window. */
    OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private boolean overlaps(EventView event, LocalDate day) {
        if (event.allDay()) {
            LocalDate first = LocalDate.parse(event.start());
            LocalDate end = event.end() == null ? first.plusDays(1) : LocalDate.parse(event.end());
            return !day.isBefore(first) && day.isBefore(end.isAfter(first) ? end : first.plusDays(1));
        }
        ZonedDateTime start = local(event.start());
        ZonedDateTime end = event.end() == null ? start : local(event.end());
        ZonedDateTime dayStart = day.atStartOfDay(zone);
        ZonedDateTime dayEnd = day.plusDays(1).atStartOfDay(zone);
        return start.isBefore(dayEnd) && (end.isAfter(dayStart) || !start.isBefore(dayStart));
    }

    /** "10:00 – 11:00"; for an event that crosses midnight "22:00 –", then "– 01:30" (nothing on days between). */
    private String timeOf(EventView event, LocalDate day) {
        if (event.allDay()) {
            return "";
        }
        ZonedDateTime start = local(event.start());
        ZonedDateTime end = event.end() == null ? start : local(event.end());
        String from = start.toLocalDate().equals(day) ? clock.format(start) : "";
        String to = end.toLocalDate().equals(day) && !end.equals(start) ? clock.format(end) : "";
        return from.isEmpty() && to.isEmpty() ? "" : (from + " – " + to).strip();
    }

    private ZonedDateTime local(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).atZoneSameInstant(zone);
    }
}

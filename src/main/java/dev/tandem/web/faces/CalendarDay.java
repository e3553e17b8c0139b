package dev.tandem.web.faces;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of a calendar page and what happens on it.
 *
 * @param inPeriod false for the days of the neighbouring months that fill a month's first and last week
 */
public record CalendarDay(LocalDate date, boolean today, boolean inPeriod, List<ShownEvent> events) {

    /** The id the page gives the day's cell, stable for tests and links: {@code day-2026-12-05}. */
    public String getCellId() {
        return "day-" + date;
    }
}

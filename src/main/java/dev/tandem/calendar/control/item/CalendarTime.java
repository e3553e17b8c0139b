package dev.tandem.calendar.control.item;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * A start, end or due moment as iCalendar knows it: either a whole day (DATE, all-day items) or a date-time in
 * a time zone. The zone is an IANA id (or UTC) so that a recurring 10:00 stays 10:00 across DST changes.
 * Exactly one of the two fields is set.
 */
public record CalendarTime(LocalDate date, ZonedDateTime dateTime) {

    public CalendarTime {
        if ((date == null) == (dateTime == null)) {
            throw new IllegalArgumentException("A calendar time is either a date or a date-time");
        }
    }

    public static CalendarTime of(LocalDate date) {
        return new CalendarTime(date, null);
    }

    public static CalendarTime of(ZonedDateTime dateTime) {
        return new CalendarTime(null, dateTime);
    }

    public boolean isAllDay() {
        return date != null;
    }

    public Temporal temporal() {
        return isAllDay() ? date : dateTime;
    }

    /** The moment it begins; an all-day date begins at midnight in {@code zoneForDates}. */
    public Instant toInstant(ZoneId zoneForDates) {
        return isAllDay() ? date.atStartOfDay(zoneForDates).toInstant() : dateTime.toInstant();
    }

    @Override
    public String toString() {
        return isAllDay() ? date.toString() : dateTime.toString();
    }
}

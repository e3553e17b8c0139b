package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarTime;
import java.time.Duration;
import java.time.Period;

/**
 * How long an event lasts, kept in the unit its times use: days for all-day items (a day across a DST change
 * is still one day), exact time otherwise.
 */
record ItemLength(Period days, Duration time) {

    static ItemLength between(CalendarTime start, CalendarTime end) {
        if (start.isAllDay() && end.isAllDay()) {
            return new ItemLength(Period.between(start.date(), end.date()), Duration.ZERO);
        }
        if (!start.isAllDay() && !end.isAllDay()) {
            return new ItemLength(Period.ZERO, Duration.between(start.dateTime(), end.dateTime()));
        }
        return new ItemLength(Period.ofDays(1), Duration.ofHours(1));
    }

    /** The end for a new start; switching between all-day and timed falls back to one day or one hour. */
    CalendarTime endFrom(CalendarTime start) {
        if (start.isAllDay()) {
            return CalendarTime.of(start.date().plus(days.isZero() ? Period.ofDays(1) : days));
        }
        return CalendarTime.of(start.dateTime().plus(time.isZero() && !days.isZero() ? Duration.ofHours(1) : time));
    }
}

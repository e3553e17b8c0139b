package dev.tandem.calendar.control.recurrence;

import dev.tandem.calendar.control.item.CalendarTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * An override with {@code RECURRENCE-ID;RANGE=THISANDFUTURE} (RFC 5545 §3.2.13, §3.8.4.4): it changes its own
 * instance and every later one. Later instances move by the same wall-clock shift as this one (10:00 → 12:00
 * stays 12:00 after a DST change, as the series itself keeps its local hour), take this one's length when it
 * has an end, and its summary.
 */
record FutureShift(CalendarTime recurrenceId, CalendarTime start, CalendarTime end, String summary) {

    /** The shift of the wall clock (or of the date, for all-day series) from the rule's start to this one's. */
    Duration shift() {
        if (recurrenceId.isAllDay() || start.isAllDay()) {
            return Duration.ofDays(ChronoUnit.DAYS.between(recurrenceId.date(), dateOf(start)));
        }
        return Duration.between(recurrenceId.dateTime().toLocalDateTime(), start.dateTime().toLocalDateTime());
    }

    /** How long this instance lasts, and so every later one; null when it has no end of its own. */
    Duration length(ZoneId floatingZone) {
        return end == null ? null : Duration.between(start.toInstant(floatingZone), end.toInstant(floatingZone));
    }

    /** What becomes of a later instance the rule produced. */
    Occurrence apply(Occurrence fromRule, ZoneId floatingZone) {
        CalendarTime shifted = shifted(fromRule.start());
        Duration length = length(floatingZone);
        CalendarTime shiftedEnd = length != null ? plus(shifted, length)
                : fromRule.end() == null ? null : shifted(fromRule.end());
        return new Occurrence(fromRule.recurrenceId(), shifted, shiftedEnd, summary, true);
    }

    private CalendarTime shifted(CalendarTime time) {
        return plus(time, shift());
    }

    private static CalendarTime plus(CalendarTime time, Duration amount) {
        if (time.isAllDay()) {
            return CalendarTime.of(time.date().plusDays(amount.toDays()));
        }
        ZonedDateTime local = time.dateTime();
        LocalDateTime moved = local.toLocalDateTime().plus(amount);
        return CalendarTime.of(ZonedDateTime.of(moved, local.getZone()));
    }

    private static java.time.LocalDate dateOf(CalendarTime time) {
        return time.isAllDay() ? time.date() : time.dateTime().toLocalDate();
    }
}

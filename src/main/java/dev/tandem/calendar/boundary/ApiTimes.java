package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.calendar.control.item.CalendarTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The API's times (api-v1.md): ISO-8601 date-times with offset, and plain dates for all-day items. */
final class ApiTimes {

    private ApiTimes() {
    }

    /**
     * @param zone the IANA zone the item lives in; the instant given with its offset is kept, shown in that zone
     */
    static CalendarTime parse(String field, String value, boolean allDay, String zone) {
        try {
            if (allDay) {
                return CalendarTime.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
            }
            return CalendarTime.of(OffsetDateTime.parse(value).atZoneSameInstant(zoneOf(zone)));
        } catch (DateTimeParseException e) {
            throw CalendarException.invalid(field + ": '" + value + "' is not "
                    + (allDay ? "a date like 2026-12-01" : "a date-time with offset like 2026-12-01T09:30:00+01:00"));
        }
    }

    static OffsetDateTime parseWindow(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CalendarException.invalid(field + ": required, e.g. 2026-12-01T00:00:00+01:00");
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw CalendarException.invalid(field + ": '" + value + "' is not an ISO-8601 date-time with offset");
        }
    }

    static ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return java.time.ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw CalendarException.invalid("timeZone: '" + zone + "' is not an IANA time zone like Europe/Madrid");
        }
    }

    /** A date for all-day items, else the date-time with its offset. */
    static String format(CalendarTime time) {
        if (time == null) {
            return null;
        }
        return time.isAllDay() ? time.date().toString() : time.dateTime().toOffsetDateTime().toString();
    }
}

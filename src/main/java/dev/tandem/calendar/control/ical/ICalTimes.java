package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Converts between ical4j's date values and {@link CalendarTime}. ical4j gives a date-time whose TZID has a
 * VTIMEZONE in the object an {@code ical4j-local-…} zone; Tandem wants the IANA zone the TZID names, so that
 * the CRM and later edits speak of Europe/Madrid, not of a private copy of its rules.
 */
public final class ICalTimes {

    private ICalTimes() {
    }

    /**
     * @param floatingZone where a floating time (RFC 5545 §3.3.5 form #1, no zone at all) is read to happen
     */
    public static Optional<CalendarTime> find(PropertyContainer component, String propertyName, ZoneId floatingZone) {
        return component.getProperty(propertyName)
                .filter(property -> property instanceof DateProperty)
                .map(property -> toCalendarTime((DateProperty<?>) property, floatingZone));
    }

    public static CalendarTime toCalendarTime(DateProperty<?> property, ZoneId floatingZone) {
        Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
        return toCalendarTime(property.getDate(), tzid, floatingZone);
    }

    public static CalendarTime toCalendarTime(Temporal value, Optional<String> tzid, ZoneId floatingZone) {
        if (value instanceof LocalDate) {
            return CalendarTime.of((LocalDate) value);
        }
        if (value instanceof Instant) {
            return CalendarTime.of(((Instant) value).atZone(ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime) {
            return CalendarTime.of(((OffsetDateTime) value).toZonedDateTime());
        }
        if (value instanceof LocalDateTime) {
            return CalendarTime.of(((LocalDateTime) value).atZone(floatingZone));
        }
        ZonedDateTime zoned = (ZonedDateTime) value;
        return CalendarTime.of(tzid.flatMap(ICalTimes::findIanaZone)
                .map(zoned::withZoneSameLocal)
                .orElseGet(() -> zoned.withZoneSameInstant(zoned.getOffset())));
    }

    /** What ical4j should write: a DATE, a date-time with TZID, or a UTC date-time ("Z") when there is no zone id. */
    static Temporal toICal(CalendarTime time) {
        if (time.isAllDay()) {
            return time.date();
        }
        ZonedDateTime dateTime = time.dateTime();
        if (dateTime.getZone() instanceof ZoneOffset) {
            return dateTime.toInstant();
        }
        return dateTime;
    }

    static Optional<ZoneId> findIanaZone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid.strip()));
        } catch (DateTimeException notIana) {
            return Optional.empty();
        }
    }
}

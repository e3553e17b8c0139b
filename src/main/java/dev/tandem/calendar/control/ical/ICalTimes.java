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
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Converts between ical4j's date values and {@link CalendarTime}. ical4j gives a date-time whose TZID has a
 * VTIMEZONE in the object an {@code ical4j-local-…} zone; Tandem wants the IANA zone the TZID names, so that
 * the CRM and later edits speak of Europe/Madrid, not of a private copy of its rules. A Windows zone id
 * (Outlook, Exchange) is placed the way clients place it: by the object's own VTIMEZONE, then named by the IANA
 * zone CLDR maps it to when that zone shows the same wall-clock time at that instant; when it does not (or the id
 * is unknown, such as Outlook's "Customized Time Zone") the instant stays with the inline offset.
 */
public final class ICalTimes {

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

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

    /**
     * A date-time whose TZID neither the object defines nor anyone knows cannot be placed; rather than losing the
     * item, its wall-clock time is read as floating ({@link #findUnplaceableZone} lets the ledger say so).
     *
     * @throws InvalidICalendarException when the value is no date at all (ical4j reads a damaged one as none)
     */
    public static CalendarTime toCalendarTime(DateProperty<?> property, ZoneId floatingZone) {
        Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
        try {
            Temporal date = property.getDate();
            if (date == null) {
                throw unreadable(property, null);
            }
            return toCalendarTime(date, tzid, floatingZone);
        } catch (DateTimeException unknownZone) {
            try {
                return CalendarTime.of(LocalDateTime.parse(property.getValue().strip(), LOCAL_DATE_TIME)
                        .atZone(floatingZone));
            } catch (DateTimeException noDateTime) {
                throw unreadable(property, noDateTime);
            }
        }
    }

    private static InvalidICalendarException unreadable(DateProperty<?> property, Exception cause) {
        return new InvalidICalendarException(property.getName() + " holds no readable date or time: \""
                + property.getValue() + "\"", cause);
    }

    /** The TZID of the property when ical4j cannot place its time in any zone. */
    static Optional<String> findUnplaceableZone(DateProperty<?> property) {
        try {
            property.getDate();
            return Optional.empty();
        } catch (DateTimeException unknownZone) {
            return property.getParameter(Parameter.TZID).map(Parameter::getValue);
        }
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
        Optional<ZoneId> iana = tzid.flatMap(ICalTimes::findIanaZone);
        if (iana.isPresent()) {
            return CalendarTime.of(zoned.withZoneSameLocal(iana.get()));
        }
        return CalendarTime.of(tzid.flatMap(WindowsZones::findIanaZone)
                .map(zoned::withZoneSameInstant)
                .filter(mapped -> mapped.toLocalDateTime().equals(zoned.toLocalDateTime()))
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

    /**
     * The IANA zone a zone name stands for, whether it is an IANA id or a Windows one (Exchange and Microsoft Graph
     * name zones either way, e.g. {@code originalStartTimeZone: "W. Europe Standard Time"}).
     */
    public static Optional<ZoneId> findZone(String name) {
        return findIanaZone(name).or(() -> WindowsZones.findIanaZone(name));
    }

    static Optional<ZoneId> findIanaZone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid.strip()));
        } catch (DateTimeException notIana) {
            return Optional.empty();
        }
    }
}

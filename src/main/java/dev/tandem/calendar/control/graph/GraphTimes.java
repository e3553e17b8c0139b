package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.ical.ICalTimes;
import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Graph's {@code dateTimeTimeZone} ({@code {"dateTime": "2026-12-01T09:00:00.0000000", "timeZone": "UTC"}}) to
 * and from {@link CalendarTime}. Tandem reads every time in UTC and then places it in the zone the event was
 * created in ({@code originalStartTimeZone}, an IANA or Windows name), so a weekly 10:00 in Madrid stays 10:00
 * across DST as it does in Outlook. All-day events are dates: Graph gives them as midnight to midnight.
 */
final class GraphTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private GraphTimes() {
    }

    /** @throws DateTimeException when the value is no date-time */
    static CalendarTime read(JsonObject dateTimeTimeZone, boolean allDay, Optional<ZoneId> placeIn) {
        LocalDateTime local = LocalDateTime.parse(GraphJson.text(dateTimeTimeZone, "dateTime")
                .orElseThrow(() -> new DateTimeException("no dateTime")));
        if (allDay) {
            return CalendarTime.of(local.toLocalDate());
        }
        ZonedDateTime at = local.atZone(zoneOf(dateTimeTimeZone));
        return CalendarTime.of(placeIn.map(at::withZoneSameInstant).orElse(at.withZoneSameInstant(ZoneOffset.UTC)));
    }

    /** The moment a time stands for; all-day dates count from UTC midnight, as Graph's calendar view does. */
    static Instant instant(JsonObject dateTimeTimeZone, boolean allDay) {
        return read(dateTimeTimeZone, allDay, Optional.empty()).toInstant(ZoneOffset.UTC);
    }

    /**
     * A zone name from Graph (IANA or Windows), if Tandem knows it; Outlook's custom zones it does not. UTC and its
     * aliases come back as the UTC offset, so that times in it are written with "Z", not a TZID.
     */
    static Optional<ZoneId> findZone(Optional<String> name) {
        return name.filter(n -> !n.isBlank()).flatMap(ICalTimes::findZone).map(ZoneId::normalized);
    }

    /** What Graph is sent: the wall-clock time in the IANA zone (or UTC), midnight for all-day dates. */
    static JsonObject write(CalendarTime time) {
        if (time.isAllDay()) {
            return Json.createObjectBuilder().add("dateTime", LOCAL.format(time.date().atStartOfDay()))
                    .add("timeZone", "UTC").build();
        }
        ZonedDateTime at = time.dateTime();
        if (at.getZone() instanceof ZoneOffset) {
            at = at.withZoneSameInstant(ZoneOffset.UTC);
        }
        return Json.createObjectBuilder().add("dateTime", LOCAL.format(at))
                .add("timeZone", at.getZone() instanceof ZoneOffset ? "UTC" : at.getZone().getId()).build();
    }

    private static ZoneId zoneOf(JsonObject dateTimeTimeZone) {
        return findZone(GraphJson.text(dateTimeTimeZone, "timeZone")).orElse(ZoneOffset.UTC);
    }
}

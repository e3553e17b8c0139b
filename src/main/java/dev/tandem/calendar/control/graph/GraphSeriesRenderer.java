package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.ical.ICalProperties;
import dev.tandem.calendar.control.ical.ICalendarObject;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.recurrence.Occurrence;
import dev.tandem.calendar.control.recurrence.RecurrenceExpander;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.RRule;

/**
 * A recurring Graph series as one iCalendar object: the series master with its pattern as RRULE, every exception
 * as a RECURRENCE-ID override (RFC 5545 §3.8.4.4) and every occurrence the pattern has but Graph no longer shows
 * as an EXDATE. Graph v1.0 lists no deleted occurrences, so they are found by expanding the pattern over the
 * window and comparing with the {@code originalStart} of each instance Graph returned; outside the window the
 * series is what its pattern says.
 */
final class GraphSeriesRenderer {

    private final GraphEventRenderer events;
    private final RecurrenceExpander expander = new RecurrenceExpander(ZoneOffset.UTC);

    GraphSeriesRenderer(GraphEventRenderer events) {
        this.events = events;
    }

    /** @param instances the series' occurrences and exceptions within {@code window} */
    String render(JsonObject master, String uid, List<JsonObject> instances, GraphWindow window) {
        ICalendarObject object = events.object(master, uid);
        CalendarItem item = events.item(master, uid);
        Optional<CalendarTime> start = item.findStart();
        start.flatMap(s -> GraphJson.object(master, "recurrence").flatMap(r -> GraphRecurrenceReader.read(r, s)))
                .ifPresent(recur -> object.master().replace(new RRule<>(recur)));
        ZoneId zone = GraphEventReader.zoneOf(master).orElse(ZoneOffset.UTC);
        boolean allDay = item.isAllDay();
        for (JsonObject exception : instances) {
            if ("exception".equals(GraphJson.text(exception, "type").orElse(""))) {
                originalStart(exception, zone, allDay).ifPresent(id -> object.add(override(exception, uid, id)));
            }
        }
        Set<Object> shown = instances.stream().map(i -> originalStart(i, zone, allDay)).flatMap(Optional::stream)
                .map(GraphSeriesRenderer::key).collect(Collectors.toSet());
        List<CalendarTime> gone = expander.expand(object.write(), window.start().atZone(ZoneOffset.UTC),
                        window.end().atZone(ZoneOffset.UTC)).stream()
                .filter(o -> !o.overridden() && startsInside(o, window) && !shown.contains(key(o.recurrenceId())))
                .map(Occurrence::recurrenceId).toList();
        ICalProperties.addExceptionDates(object.master(), gone);
        return object.write();
    }

    private CalendarComponent override(JsonObject exception, String uid, CalendarTime recurrenceId) {
        CalendarComponent component = events.object(exception, uid).master();
        ICalProperties.setRecurrenceId(component, recurrenceId);
        return component;
    }

    /** Where the pattern put an instance, in the series' zone (a date for all-day series). */
    private static Optional<CalendarTime> originalStart(JsonObject instance, ZoneId zone, boolean allDay) {
        try {
            return GraphJson.text(instance, "originalStart").map(OffsetDateTime::parse).map(at -> allDay
                    ? CalendarTime.of(at.atZoneSameInstant(zone).toLocalDate())
                    : CalendarTime.of(at.atZoneSameInstant(zone)));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Instances are the same when they start at the same moment (or, all-day, on the same date). */
    private static Object key(CalendarTime time) {
        return time.isAllDay() ? time.date() : time.dateTime().toInstant();
    }

    private static boolean startsInside(Occurrence occurrence, GraphWindow window) {
        Instant start = occurrence.recurrenceId().toInstant(ZoneOffset.UTC);
        return !start.isBefore(window.start()) && start.isBefore(window.end());
    }
}

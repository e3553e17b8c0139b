package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.ical.ICalendarObject;
import dev.tandem.calendar.control.item.CalendarItem;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;

/**
 * Writes a Graph event as an iCalendar object (RFC 5545) through ical4j: the item {@link GraphEventReader} reads,
 * plus what Graph says beyond it: LAST-MODIFIED (which the conflict policy compares), TRANSP from {@code showAs}
 * ({@code free} is transparent to free/busy), STATUS:CANCELLED from {@code isCancelled}, and each attendee's
 * ROLE or CUTYPE from their {@code type}. DTSTAMP is the event's last change, so an unchanged event always
 * renders to the same text. Series are put together by {@link GraphSeriesRenderer}.
 */
final class GraphEventRenderer {

    private final GraphEventReader reader;

    GraphEventRenderer(GraphEventReader reader) {
        this.reader = reader;
    }

    String single(JsonObject event, String uid) {
        return object(event, uid).write();
    }

    ICalendarObject object(JsonObject event, String uid) {
        CalendarItem item = reader.read(event, uid);
        ICalendarObject object = ICalendarObject.of(item, lastModified(event).orElse(Instant.EPOCH));
        decorate(object.master(), event);
        return object;
    }

    CalendarItem item(JsonObject event, String uid) {
        return reader.read(event, uid);
    }

    /** Adds to a component written from the item what only the Graph event knows. */
    void decorate(CalendarComponent component, JsonObject event) {
        lastModified(event).ifPresent(at -> component.replace(new LastModified(at)));
        component.replace(new Transp("free".equals(GraphJson.text(event, "showAs").orElse(""))
                ? Transp.VALUE_TRANSPARENT : Transp.VALUE_OPAQUE));
        if (GraphJson.isTrue(event, "isCancelled")) {
            component.replace(new Status(Status.VALUE_CANCELLED));
        }
        for (JsonObject attendee : GraphJson.objects(event, "attendees")) {
            GraphEventReader.person(attendee, null).ifPresent(person -> findAttendee(component, person.email())
                    .ifPresent(property -> property.add(roleOf(GraphJson.text(attendee, "type").orElse("")))));
        }
    }

    private static Parameter roleOf(String type) {
        return switch (type) {
            case "optional" -> Role.OPT_PARTICIPANT;
            case "resource" -> CuType.RESOURCE;
            default -> Role.REQ_PARTICIPANT;
        };
    }

    private static Optional<Property> findAttendee(CalendarComponent component, String email) {
        return component.<Property>getProperties(Property.ATTENDEE).stream()
                .filter(p -> p.getValue().toLowerCase(Locale.ROOT).equals("mailto:" + email)).findFirst();
    }

    static Optional<Instant> lastModified(JsonObject event) {
        try {
            return GraphJson.text(event, "lastModifiedDateTime").map(Instant::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}

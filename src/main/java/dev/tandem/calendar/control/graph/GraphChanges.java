package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The PATCH body that turns a Graph event into what the CRM now holds, naming only the properties whose meaning
 * changed. This matters beyond bandwidth: when the user organises a meeting, every PATCH Exchange receives may
 * send the attendees an update, and a PATCH that repeats the start, the attendees or the body unchanged can still
 * make Exchange mail them. So subject, body, location, the times and the attendee list are each compared with the
 * event as Graph has it (times by the moment they stand for, attendees by address, the body by its text), and only
 * what differs is sent; an edit that changed nothing Graph holds sends no request at all. Attendees who stay keep
 * Graph's record of them (type and answer); the user's own entries are left as Graph has them.
 */
final class GraphChanges {

    private GraphChanges() {
    }

    /**
     * @param now     the event as Graph has it, read the way the store reads every event
     * @param wanted  the event as the CRM has it
     * @param current the same event's Graph JSON, whose attendee records are kept
     */
    static JsonObject between(CalendarItem now, CalendarItem wanted, JsonObject current, Set<String> myAddresses) {
        JsonObjectBuilder patch = Json.createObjectBuilder();
        if (!now.summary().equals(wanted.summary())) {
            patch.add("subject", wanted.summary());
        }
        if (!text(now.description()).equals(text(wanted.description()))) {
            patch.add("body", GraphEventWriter.body(wanted.description()));
        }
        if (!now.location().equals(wanted.location())) {
            patch.add("location", GraphEventWriter.location(wanted.location()));
        }
        if (!sameTime(now.start(), wanted.start()) || !sameTime(now.end(), wanted.end())) {
            wanted.findStart().ifPresent(start -> patch.add("isAllDay", start.isAllDay())
                    .add("start", GraphTimes.write(start)));
            wanted.findEnd().ifPresent(end -> patch.add("end", GraphTimes.write(end)));
        }
        Set<String> before = others(now, myAddresses);
        Set<String> after = others(wanted, myAddresses);
        if (!before.equals(after)) {
            patch.add("attendees", attendees(wanted, current, myAddresses));
        }
        return patch.build();
    }

    private static JsonArrayBuilder attendees(CalendarItem wanted, JsonObject current, Set<String> myAddresses) {
        Map<String, JsonObject> kept = GraphJson.objects(current, "attendees").stream()
                .filter(a -> GraphEventReader.person(a, null).isPresent())
                .collect(Collectors.toMap(a -> GraphEventReader.person(a, null).orElseThrow().email(),
                        Function.identity(), (first, second) -> first));
        JsonArrayBuilder array = Json.createArrayBuilder();
        kept.forEach((email, record) -> {
            if (myAddresses.contains(email)) {
                array.add(record);
            }
        });
        for (CalendarPerson person : wanted.attendees().stream().map(Attendee::person).toList()) {
            if (!myAddresses.contains(person.email())) {
                array.add(kept.getOrDefault(person.email(), GraphEventWriter.attendee(person)));
            }
        }
        return array;
    }

    private static Set<String> others(CalendarItem item, Set<String> myAddresses) {
        return item.attendees().stream().map(a -> a.person().email()).filter(e -> !myAddresses.contains(e))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean sameTime(CalendarTime a, CalendarTime b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return a.isAllDay() == b.isAllDay() && a.toInstant(ZoneOffset.UTC).equals(b.toInstant(ZoneOffset.UTC));
    }

    /** Bodies compare by their text: Graph may hand back other line ends and trailing space than it was given. */
    private static String text(String body) {
        return body.replace("\r\n", "\n").strip();
    }
}

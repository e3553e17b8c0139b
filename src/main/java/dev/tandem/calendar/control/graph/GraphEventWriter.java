package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;

/**
 * The Graph JSON of an event the CRM created ({@code POST /me/events}). Graph chooses the event's own
 * {@code iCalUId}; Tandem's UID goes into {@code transactionId}, which Graph keeps, returns with the event and uses
 * to drop a repeated POST, so the item keeps its UID on both sides. Graph invites the attendees of a new event:
 * that is what the user asked for by creating a meeting with them.
 */
final class GraphEventWriter {

    private GraphEventWriter() {
    }

    static JsonObject create(String uid, CalendarItem item, Optional<Recur<?>> recurrence) {
        CalendarTime start = item.findStart().orElseThrow(() -> new IllegalArgumentException("an event without "
                + "DTSTART (RFC 5545 §3.6.1 allows it only with METHOD) cannot be put in a Graph calendar"));
        CalendarTime end = item.findEnd().orElse(start.isAllDay() ? CalendarTime.of(start.date().plusDays(1)) : start);
        JsonObjectBuilder event = Json.createObjectBuilder().add("transactionId", uid)
                .add("subject", item.summary()).add("body", body(item.description()))
                .add("location", location(item.location())).add("isAllDay", start.isAllDay())
                .add("start", GraphTimes.write(start)).add("end", GraphTimes.write(end))
                .add("attendees", attendees(item.attendees().stream().map(Attendee::person).toList()));
        recurrence.ifPresent(recur -> event.add("recurrence", GraphRecurrenceWriter.write(recur, start)));
        return event.build();
    }

    static JsonObject body(String text) {
        return Json.createObjectBuilder().add("contentType", "text").add("content", text).build();
    }

    static JsonObject location(String displayName) {
        return Json.createObjectBuilder().add("displayName", displayName).build();
    }

    /** New attendees are required ones, as Outlook adds them. */
    static JsonObject attendee(CalendarPerson person) {
        JsonObjectBuilder address = Json.createObjectBuilder().add("address", person.email());
        Optional.ofNullable(person.name()).ifPresent(name -> address.add("name", name));
        return Json.createObjectBuilder().add("emailAddress", address).add("type", "required").build();
    }

    private static JsonArrayBuilder attendees(Collection<CalendarPerson> people) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        people.forEach(person -> array.add(attendee(person)));
        return array;
    }
}

package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.EventStatus;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.RecurrenceShape;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the CRM's {@link CalendarItem} out of a Graph event: subject, body (asked for as text), location, times,
 * organizer, attendees with their answers and {@code isCancelled}. The user's own answer is the event's
 * {@code responseStatus}, which Graph keeps apart from the attendee list (where an invitee's copy often says
 * {@code none} for everyone): it becomes the user's PARTSTAT, the CRM's "my status".
 */
final class GraphEventReader {

    private final List<String> myAddresses;

    /**
     * @param myAddresses the addresses the user appears under, the Microsoft account's first: that one is added
     *                    as an attendee to an invitation that does not list the user
     */
    GraphEventReader(List<String> myAddresses) {
        this.myAddresses = myAddresses.stream().filter(a -> a != null && a.contains("@"))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    CalendarItem read(JsonObject event, String uid) {
        boolean allDay = GraphJson.isTrue(event, "isAllDay");
        Optional<ZoneId> zone = zoneOf(event);
        CalendarTime start = GraphJson.object(event, "start").map(t -> GraphTimes.read(t, allDay, zone)).orElse(null);
        CalendarTime end = GraphJson.object(event, "end").map(t -> GraphTimes.read(t, allDay, zone)).orElse(null);
        Optional<CalendarPerson> organizer = person(event, "organizer");
        return new CalendarItem(uid, ItemKind.EVENT, GraphJson.text(event, "subject").orElse(""),
                GraphJson.text(event, "body", "content").map(String::strip).orElse(""),
                GraphJson.text(event, "location", "displayName").orElse(""), start, end, organizer.orElse(null),
                attendees(event, organizer), RecurrenceShape.SINGLE, 0, null, null, null,
                GraphJson.isTrue(event, "isCancelled") ? EventStatus.CANCELLED : null);
    }

    /** The zone the event was created in, where its times are shown and its series repeats. */
    static Optional<ZoneId> zoneOf(JsonObject event) {
        return GraphTimes.findZone(GraphJson.text(event, "recurrence", "range", "recurrenceTimeZone"))
                .or(() -> GraphTimes.findZone(GraphJson.text(event, "originalStartTimeZone")));
    }

    private List<Attendee> attendees(JsonObject event, Optional<CalendarPerson> organizer) {
        ParticipationStatus mine = partstat(GraphJson.text(event, "responseStatus", "response"));
        var attendees = new ArrayList<Attendee>();
        boolean listed = false;
        for (JsonObject attendee : GraphJson.objects(event, "attendees")) {
            Optional<CalendarPerson> person = person(attendee, null);
            if (person.isPresent()) {
                boolean me = isMe(person.get());
                listed |= me;
                attendees.add(new Attendee(person.get(), me && mine != ParticipationStatus.NEEDS_ACTION ? mine
                        : partstat(GraphJson.text(attendee, "status", "response"))));
            }
        }
        boolean invited = organizer.map(o -> !isMe(o)).orElse(false) && !GraphJson.isTrue(event, "isOrganizer");
        if (!listed && invited) {
            myAddresses.stream().findFirst()
                    .ifPresent(address -> attendees.add(new Attendee(new CalendarPerson(address, null), mine)));
        }
        return attendees;
    }

    private boolean isMe(CalendarPerson person) {
        return myAddresses.contains(person.email());
    }

    /** The {@code emailAddress} of a recipient, at {@code member} of the object or the object itself. */
    static Optional<CalendarPerson> person(JsonObject object, String member) {
        Optional<JsonObject> recipient = member == null ? Optional.of(object) : GraphJson.object(object, member);
        return recipient.flatMap(r -> GraphJson.object(r, "emailAddress"))
                .flatMap(email -> GraphJson.text(email, "address").filter(a -> a.contains("@"))
                        .map(address -> new CalendarPerson(address, GraphJson.text(email, "name").orElse(null))));
    }

    /** Graph's responseType to PARTSTAT (RFC 5545 §3.2.12); the organizer has accepted their own meeting. */
    static ParticipationStatus partstat(Optional<String> response) {
        switch (response.orElse("none")) {
            case "accepted":
            case "organizer":
                return ParticipationStatus.ACCEPTED;
            case "tentativelyAccepted":
                return ParticipationStatus.TENTATIVE;
            case "declined":
                return ParticipationStatus.DECLINED;
            default:
                return ParticipationStatus.NEEDS_ACTION;
        }
    }
}

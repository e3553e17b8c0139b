package dev.tandem.calendar.control.item;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as a CRM user writes it through the API.
 *
 * @param attendees the invited addresses; null when the request did not name them (an update then keeps them)
 */
public record EventData(String title, CalendarTime start, CalendarTime end, String location, String description,
                        List<String> attendees) {

    public EventData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        location = location == null ? "" : location;
        description = description == null ? "" : description;
        attendees = attendees == null ? null : List.copyOf(attendees);
    }

    public Optional<List<String>> findAttendees() {
        return Optional.ofNullable(attendees);
    }
}

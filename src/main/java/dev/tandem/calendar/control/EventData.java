package dev.tandem.calendar.control;

import java.util.List;
import java.util.Objects;

/** An event as a CRM user writes it through the API. */
public record EventData(String title, CalendarTime start, CalendarTime end, String location, String description,
                        List<String> attendees) {

    public EventData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        location = location == null ? "" : location;
        description = description == null ? "" : description;
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}

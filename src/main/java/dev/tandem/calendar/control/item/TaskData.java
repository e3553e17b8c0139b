package dev.tandem.calendar.control.item;

import java.util.Objects;

/** A task as a CRM user writes it through the API; {@code due} may be null. */
public record TaskData(String title, String description, CalendarTime due, boolean completed) {

    public TaskData {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
    }
}

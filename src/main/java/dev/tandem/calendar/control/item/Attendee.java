package dev.tandem.calendar.control.item;

import java.util.Objects;

/** An ATTENDEE of an event or task and their answer. */
public record Attendee(CalendarPerson person, ParticipationStatus status) {

    public Attendee {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
    }
}

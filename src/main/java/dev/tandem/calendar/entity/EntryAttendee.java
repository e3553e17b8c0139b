package dev.tandem.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attendee of a calendar entry as copied from its iCalendar text, so entries can be found by address. */
@Embeddable
public class EntryAttendee {

    @Column(nullable = false)
    private String email;

    private String name;

    @Column(nullable = false)
    private String status;

    protected EntryAttendee() {
    }

    public EntryAttendee(String email, String name, String status) {
        this.email = email;
        this.name = name;
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public String getStatus() {
        return status;
    }
}

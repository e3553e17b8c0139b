package dev.tandem.calendar.control.item;

import java.time.Instant;

/**
 * The changes a CRM user made to an item, to be applied onto the provider's iCalendar text so that everything
 * Tandem does not model survives. A null field leaves the property as it is; an empty text removes it. An
 * all-day change is a start/end given as {@link CalendarTime#of(java.time.LocalDate) dates}. SEQUENCE is not
 * part of the edit: the editor moves it when the change is one attendees must hear about ({@code SchedulingChange}).
 *
 * @param completed tasks: mark done at this moment
 * @param reopened  tasks: clear COMPLETED and set STATUS back to NEEDS-ACTION
 * @param attendees events: the wanted attendee list; null leaves the attendees as they are
 */
public record CalendarItemEdit(String summary, String description, String location, CalendarTime start,
                               CalendarTime end, CalendarTime due, Instant completed, boolean reopened,
                               AttendeeEdit attendees) {

    public static CalendarItemEdit none() {
        return new CalendarItemEdit(null, null, null, null, null, null, null, false, null);
    }

    public CalendarItemEdit withSummary(String value) {
        return new CalendarItemEdit(value, description, location, start, end, due, completed, reopened, attendees);
    }

    public CalendarItemEdit withDescription(String value) {
        return new CalendarItemEdit(summary, value, location, start, end, due, completed, reopened, attendees);
    }

    public CalendarItemEdit withLocation(String value) {
        return new CalendarItemEdit(summary, description, value, start, end, due, completed, reopened, attendees);
    }

    /** Without an end, the end moves along and the item keeps its length. */
    public CalendarItemEdit withStart(CalendarTime value) {
        return new CalendarItemEdit(summary, description, location, value, end, due, completed, reopened, attendees);
    }

    public CalendarItemEdit withEnd(CalendarTime value) {
        return new CalendarItemEdit(summary, description, location, start, value, due, completed, reopened, attendees);
    }

    public CalendarItemEdit withDue(CalendarTime value) {
        return new CalendarItemEdit(summary, description, location, start, end, value, completed, reopened, attendees);
    }

    public CalendarItemEdit withCompleted(Instant value) {
        return new CalendarItemEdit(summary, description, location, start, end, due, value, false, attendees);
    }

    public CalendarItemEdit withReopened() {
        return new CalendarItemEdit(summary, description, location, start, end, due, null, true, attendees);
    }

    public CalendarItemEdit withAttendees(AttendeeEdit value) {
        return new CalendarItemEdit(summary, description, location, start, end, due, completed, reopened, value);
    }
}

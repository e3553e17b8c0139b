package dev.tandem.calendar.control.item;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CRM sees of one iCalendar object (one UID): an event, or a task. For a recurring event these are the
 * master's values; occurrences come from {@code RecurrenceExpander}. Text fields are empty strings when absent;
 * the other nullable fields have {@code find*} accessors.
 *
 * @param end       DTEND, or DTSTART + DURATION; null when the item has neither
 * @param due       tasks only: DUE
 * @param completed tasks only: COMPLETED
 * @param status    tasks only: STATUS
 */
public record CalendarItem(String uid, ItemKind kind, String summary, String description, String location,
                           CalendarTime start, CalendarTime end, CalendarPerson organizer, List<Attendee> attendees,
                           RecurrenceShape recurrence, int sequence, CalendarTime due, Instant completed,
                           TaskStatus status, EventStatus eventStatus) {

    public CalendarItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        location = location == null ? "" : location;
        attendees = List.copyOf(attendees);
        recurrence = recurrence == null ? RecurrenceShape.SINGLE : recurrence;
    }

    /** A new single event as the CRM creates it: no organizer, attendees or recurrence yet. */
    public static CalendarItem newEvent(String uid, String summary, CalendarTime start, CalendarTime end) {
        return new CalendarItem(uid, ItemKind.EVENT, summary, "", "", start, end, null, List.of(),
                RecurrenceShape.SINGLE, 0, null, null, null, null);
    }

    /** A new open task as the CRM creates it. */
    public static CalendarItem newTask(String uid, String summary, CalendarTime due) {
        return new CalendarItem(uid, ItemKind.TASK, summary, "", "", null, null, null, List.of(),
                RecurrenceShape.SINGLE, 0, due, null, TaskStatus.NEEDS_ACTION, null);
    }

    public Optional<CalendarTime> findStart() {
        return Optional.ofNullable(start);
    }

    public Optional<CalendarTime> findEnd() {
        return Optional.ofNullable(end);
    }

    public Optional<CalendarPerson> findOrganizer() {
        return Optional.ofNullable(organizer);
    }

    public Optional<CalendarTime> findDue() {
        return Optional.ofNullable(due);
    }

    public Optional<Instant> findCompleted() {
        return Optional.ofNullable(completed);
    }

    public Optional<TaskStatus> findStatus() {
        return Optional.ofNullable(status);
    }

    /** STATUS of an event; empty for tasks and for events that carry none. */
    public Optional<EventStatus> findEventStatus() {
        return Optional.ofNullable(eventStatus);
    }

    public boolean isAllDay() {
        return findStart().or(this::findDue).map(CalendarTime::isAllDay).orElse(false);
    }
}

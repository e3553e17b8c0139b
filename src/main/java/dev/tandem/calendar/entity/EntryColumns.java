package dev.tandem.calendar.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The query columns of a {@link CalendarEntry}, derived from its iCalendar text.
 *
 * @param endsAt null for a recurring series: it overlaps every window after its start
 */
public record EntryColumns(String kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean allDay,
                           String timeZone, boolean recurring, String organizerEmail, String myStatus,
                           OffsetDateTime dueAt, boolean completed, List<EntryAttendee> attendees) {

    public EntryColumns {
        attendees = List.copyOf(attendees);
    }
}

package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.TaskStatus;
import dev.tandem.calendar.entity.EntryAttendee;
import dev.tandem.calendar.entity.EntryColumns;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Derives a calendar entry's query columns from its parsed iCalendar item. */
public final class EntryColumnsOf {

    private static final int MAX_TITLE = 1000;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_NAME = 200;

    private EntryColumnsOf() {
    }

    public static EntryColumns of(CalendarItem item, CalendarIdentity me) {
        OffsetDateTime start = item.findStart().map(EntryColumnsOf::utc).orElse(null);
        OffsetDateTime end = item.recurrence().isRecurring() ? null : item.findEnd().map(EntryColumnsOf::utc)
                .orElse(start);
        String zone = item.findStart().filter(time -> !time.isAllDay())
                .map(time -> time.dateTime().getZone().getId()).orElse(null);
        var attendees = item.attendees().stream().map(a -> new EntryAttendee(cut(a.person().email(), MAX_EMAIL),
                a.person().name() == null ? null : cut(a.person().name(), MAX_NAME), a.status().name())).toList();
        boolean completed = item.findCompleted().isPresent()
                || item.findStatus().map(status -> status == TaskStatus.COMPLETED).orElse(false);
        return new EntryColumns(item.kind().name(), cut(item.summary(), MAX_TITLE), start, end, item.isAllDay(), zone,
                item.recurrence().isRecurring(),
                item.findOrganizer().map(CalendarPerson::email).map(email -> cut(email, MAX_EMAIL)).orElse(null),
                me.findMyStatus(item).map(Enum::name).orElse(null), item.findDue().map(EntryColumnsOf::utc)
                .orElse(null), completed, attendees);
    }

    private static OffsetDateTime utc(CalendarTime time) {
        return time.toInstant(ZoneOffset.UTC).atOffset(ZoneOffset.UTC);
    }

    /** Provider data is not ours to refuse: over-long values are shortened to their columns, the raw text keeps all. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

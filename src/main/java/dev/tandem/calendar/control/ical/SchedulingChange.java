package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an edit is one the attendees must be told about, so SEQUENCE moves (RFC 5546 §2.1.4, RFC 5545
 * §3.8.7.4): someone was invited or uninvited, or the time of a meeting changed. Anything else — a new title, a
 * time change of an event nobody else attends, the same moment written in another zone — leaves SEQUENCE alone,
 * so that attendees' calendars do not ask them again for nothing.
 */
final class SchedulingChange {

    private SchedulingChange() {
    }

    static boolean between(CalendarItem before, CalendarItem after, ZoneId floatingZone) {
        if (!emails(before).equals(emails(after))) {
            return true;
        }
        boolean meeting = !before.attendees().isEmpty() || !after.attendees().isEmpty();
        return meeting && !times(before, floatingZone).equals(times(after, floatingZone));
    }

    private static Set<String> emails(CalendarItem item) {
        return item.attendees().stream().map(attendee -> attendee.person().email()).collect(Collectors.toSet());
    }

    /** Start, end and due as moments with their all-day flags: a change of zone alone moves nothing. */
    private static List<Optional<Moment>> times(CalendarItem item, ZoneId floatingZone) {
        return List.of(Moment.of(item.findStart(), floatingZone), Moment.of(item.findEnd(), floatingZone),
                Moment.of(item.findDue(), floatingZone));
    }

    private record Moment(Instant at, boolean allDay) {

        static Optional<Moment> of(Optional<CalendarTime> time, ZoneId floatingZone) {
            return time.map(t -> new Moment(t.toInstant(floatingZone), t.isAllDay()));
        }
    }
}

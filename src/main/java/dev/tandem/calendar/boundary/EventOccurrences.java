package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.recurrence.Occurrence;
import dev.tandem.calendar.control.recurrence.RecurrenceExpander;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The instances of an event inside a window: a series expanded client-side, a single event if it overlaps. */
final class EventOccurrences {

    private final RecurrenceExpander expander;
    private final ZoneId zone;

    /** @param zone where all-day dates and floating times are placed against the window */
    EventOccurrences(ZoneId zone) {
        this.zone = zone;
        this.expander = new RecurrenceExpander(zone);
    }

    List<Occurrence> in(String icalendar, CalendarItem item, OffsetDateTime from, OffsetDateTime to) {
        if (item.recurrence().isRecurring()) {
            return expander.expand(icalendar, from.atZoneSameInstant(zone), to.atZoneSameInstant(zone));
        }
        if (item.start() == null) {
            return List.of();
        }
        Instant start = item.start().toInstant(zone);
        Instant end = item.findEnd().map(e -> e.toInstant(zone)).orElse(start);
        boolean overlaps = start.isBefore(to.toInstant())
                && (end.isAfter(from.toInstant()) || !start.isBefore(from.toInstant()));
        return overlaps ? List.of(new Occurrence(item.start(), item.start(), item.end(), item.summary(), false))
                : List.of();
    }
}

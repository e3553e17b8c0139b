package dev.tandem.calendar.control.recurrence;

import dev.tandem.calendar.control.item.CalendarTime;
import java.util.Objects;

/**
 * One instance of a (possibly recurring) item.
 *
 * @param recurrenceId the start the series rule gives this instance (RFC 5545 §3.8.4.4): stable while the
 *                     instance is moved, so the CRM can key instances by it
 * @param end          null when the item has neither DTEND nor DURATION
 * @param overridden   true when a RECURRENCE-ID component replaced what the rule produced
 */
public record Occurrence(CalendarTime recurrenceId, CalendarTime start, CalendarTime end, String summary,
                         boolean overridden) {

    public Occurrence {
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(start, "start");
        summary = summary == null ? "" : summary;
    }
}

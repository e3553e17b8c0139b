package dev.tandem.calendar.control.item;

/**
 * Which recurrence parts an item has, without expanding them. The CRM edits a recurring series only as a whole
 * (the master), so it needs to know when an item is one.
 *
 * @param overrides how many RECURRENCE-ID components change single occurrences (RFC 5545 §3.8.4.4)
 */
public record RecurrenceShape(boolean hasRrule, boolean hasRdate, boolean hasExdate, int overrides) {

    public static final RecurrenceShape SINGLE = new RecurrenceShape(false, false, false, 0);

    public boolean isRecurring() {
        return hasRrule || hasRdate || overrides > 0;
    }
}

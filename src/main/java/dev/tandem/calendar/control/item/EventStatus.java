package dev.tandem.calendar.control.item;

import java.util.Locale;
import java.util.Optional;

/**
 * A VEVENT's STATUS (RFC 5545 §3.8.1.11). Clients keep a cancelled meeting in the calendar, marked, until someone
 * removes it; the CRM shows it the same way instead of hiding what the organizer did.
 */
public enum EventStatus {
    TENTATIVE, CONFIRMED, CANCELLED;

    public static Optional<EventStatus> fromStatus(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

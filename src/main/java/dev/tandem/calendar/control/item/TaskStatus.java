package dev.tandem.calendar.control.item;

import java.util.Locale;
import java.util.Optional;

/** A VTODO's STATUS (RFC 5545 §3.8.1.11). */
public enum TaskStatus {
    NEEDS_ACTION, IN_PROCESS, COMPLETED, CANCELLED;

    public static Optional<TaskStatus> fromStatus(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String toStatus() {
        return name().replace('_', '-');
    }
}

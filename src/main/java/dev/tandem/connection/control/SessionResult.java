package dev.tandem.connection.control;

import java.util.Optional;

/**
 * How each half of a session ended: empty when that half did not run or succeeded, else the failure that the
 * connection's state must reflect.
 */
public record SessionResult(boolean mailRan, Optional<SyncFailure> mailFailure, boolean calendarRan,
                            Optional<SyncFailure> calendarFailure) {
}

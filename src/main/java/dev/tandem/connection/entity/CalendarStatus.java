package dev.tandem.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;

/** How calendar sync is doing for one connection: shown to the user as {@code calendar} in the sync status. */
@Embeddable
public class CalendarStatus {

    private static final int MAX_ERROR = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_state")
    private ConnectionState state;

    @Column(name = "calendar_last_sync_at")
    private OffsetDateTime lastSyncAt;

    @Column(name = "calendar_last_error")
    private String lastError;

    void reset(boolean enabled) {
        state = enabled ? ConnectionState.ACTIVE : null;
        lastError = null;
    }

    void stop() {
        if (state != null) {
            state = ConnectionState.STOPPED;
        }
    }

    public void succeeded(OffsetDateTime at) {
        state = ConnectionState.ACTIVE;
        lastSyncAt = at;
        lastError = null;
    }

    public void failed(ConnectionState newState, String error) {
        state = newState;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public Optional<ConnectionState> findState() {
        return Optional.ofNullable(state);
    }

    public Optional<OffsetDateTime> findLastSyncAt() {
        return Optional.ofNullable(lastSyncAt);
    }

    public Optional<String> findLastError() {
        return Optional.ofNullable(lastError);
    }
}

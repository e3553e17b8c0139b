package dev.tandem.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * How one half of a connection (mail or calendar) is doing: shown to the user as {@code mail} and {@code calendar}
 * in the sync status. No state means the half is not part of the connection's mode.
 */
@Embeddable
public class PartStatus {

    private static final int MAX_ERROR = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private ConnectionState state;

    @Column(name = "last_sync_at")
    private OffsetDateTime lastSyncAt;

    @Column(name = "last_error")
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

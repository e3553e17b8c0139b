package dev.tandem.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;

/** How mail sync is doing for one connection: shown to the user as {@code mail} in the sync status. */
@Embeddable
public class MailStatus {

    private static final int MAX_ERROR = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state")
    private ConnectionState state;

    @Column(name = "mail_last_sync_at")
    private OffsetDateTime lastSyncAt;

    @Column(name = "mail_last_error")
    private String lastError;

    @Column(name = "mail_imported", nullable = false)
    private long imported;

    @Column(name = "mail_progress", nullable = false)
    private double progress;

    void reset(boolean enabled) {
        state = enabled ? ConnectionState.ACTIVE : null;
        lastError = null;
    }

    void stop() {
        if (state != null) {
            state = ConnectionState.STOPPED;
        }
    }

    public void progressed(double share) {
        progress = Math.max(0, Math.min(1, share));
    }

    public void imported(long count) {
        imported += count;
    }

    public void succeeded(OffsetDateTime at) {
        state = ConnectionState.ACTIVE;
        lastSyncAt = at;
        lastError = null;
        progress = 1.0;
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

    public long getImported() {
        return imported;
    }

    public double getProgress() {
        return progress;
    }
}

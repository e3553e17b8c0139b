package dev.tandem.connection.entity;

import dev.tandem.platform.UserMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * How one half of a connection (mail or calendar) is doing: shown to the user as {@code mail} and {@code calendar}
 * in the sync status. No state means the half is not part of the connection's mode. The last error is kept twice:
 * in English for the HTTP API and the logs, and as a {@link UserMessage} (key and arguments, V4) for the screens,
 * which say it in the user's language.
 */
@Embeddable
public class PartStatus {

    private static final int MAX_ERROR = 2000;
    private static final int MAX_KEY = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private ConnectionState state;

    @Column(name = "last_sync_at")
    private OffsetDateTime lastSyncAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_error_key")
    private String lastErrorKey;

    /** Encoded by {@link MessageArgsColumn}. */
    @Column(name = "last_error_args")
    private String lastErrorArgs;

    void reset(boolean enabled) {
        state = enabled ? ConnectionState.ACTIVE : null;
        clearError();
    }

    void forgetLastSync() {
        lastSyncAt = null;
    }

    void stop() {
        if (state != null) {
            state = ConnectionState.STOPPED;
        }
    }

    public void succeeded(OffsetDateTime at) {
        state = ConnectionState.ACTIVE;
        lastSyncAt = at;
        clearError();
    }

    /**
     * @param error English, as the API shows it
     * @param shown the same for the screens; null (or too long to store whole) leaves them the English text
     */
    public void failed(ConnectionState newState, String error, UserMessage shown) {
        state = newState;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        String args = shown == null ? null : MessageArgsColumn.encode(shown.args());
        boolean fits = shown != null && shown.key().length() <= MAX_KEY && (args == null || args.length() <= MAX_ERROR);
        lastErrorKey = fits ? shown.key() : null;
        lastErrorArgs = fits ? args : null;
    }

    private void clearError() {
        lastError = null;
        lastErrorKey = null;
        lastErrorArgs = null;
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

    /** The last error as the screens say it, where it was stored with a text key. */
    public Optional<UserMessage> findLastErrorMessage() {
        return Optional.ofNullable(lastErrorKey)
                .map(key -> new UserMessage(key, MessageArgsColumn.decode(lastErrorArgs)));
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.PartStatus;
import dev.tandem.connection.entity.SyncConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The bookkeeping around a session, each step its own short transaction: what to sync (credentials decrypted),
 * progress while it runs, and the one place where a session's failures become connection states:
 * AUTH → NEEDS_REAUTH and no retries; TEMPORARY and REFUSED → ERROR with exponential back-off; success → ACTIVE.
 */
@ApplicationScoped
@Transactional
public class SessionBook {

    @Inject
    ConnectionStore store;

    @Inject
    CredentialVault vault;

    @Inject
    SyncSettings settings;

    @Inject
    Clock clock;

    public Optional<SessionTargets> targetsOf(long connectionId) {
        return store.find(connectionId).filter(SyncConnection::isSyncing).flatMap(c -> c.findSecret().map(secret -> {
            var plain = StoredAccounts.settings(c.getSettings());
            var secrets = StoredAccounts.secrets(vault.decrypt(c.getUserId(), secret));
            return new SessionTargets(c.getId(), c.getUserId(),
                    c.getMode().includesMail() ? StoredAccounts.imap(plain, secrets) : Optional.empty(),
                    c.getMode().includesCalendar() ? StoredAccounts.calendar(plain, secrets) : Optional.empty(),
                    Optional.ofNullable(plain.mailFirstSyncDays));
        }));
    }

    /** Mail progress of a first sync (0..1) and newly logged mails, shown while the session runs. */
    public void mailProgress(long connectionId, double share, long newlyImported) {
        store.find(connectionId).ifPresent(c -> {
            c.mailProgressed(share, newlyImported);
        });
    }

    /**
     * The stored credentials cannot be read (another server key, tampered data): the user must sign in again, and
     * nothing is retried until then.
     */
    public void credentialsUnusable(long connectionId, SyncFailure failure) {
        store.find(connectionId).ifPresent(connection -> {
            connection.getMail().findState().ifPresent(s -> record(connection.getMail(),
                    ConnectionState.NEEDS_REAUTH, failure));
            connection.getCalendar().findState().ifPresent(s -> record(connection.getCalendar(),
                    ConnectionState.NEEDS_REAUTH, failure));
            connection.failed(ConnectionState.NEEDS_REAUTH, null);
        });
    }

    /** Records how the session went; returns when the next one should run, or empty for none. */
    public Optional<Duration> finish(long connectionId, SessionResult result) {
        Optional<SyncConnection> found = store.find(connectionId).filter(SyncConnection::isSyncing);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SyncConnection connection = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (result.mailRan()) {
            result.mailFailure().ifPresentOrElse(f -> record(connection.getMail(), stateFor(f), f),
                    () -> connection.mailSucceeded(now));
        }
        if (result.calendarRan()) {
            result.calendarFailure().ifPresentOrElse(f -> record(connection.getCalendar(), stateFor(f), f),
                    () -> connection.getCalendar().succeeded(now));
        }
        return decideNext(connection, result, now);
    }

    private Optional<Duration> decideNext(SyncConnection connection, SessionResult result, OffsetDateTime now) {
        var failures = java.util.stream.Stream.of(result.mailFailure(), result.calendarFailure())
                .flatMap(Optional::stream).toList();
        if (failures.stream().anyMatch(f -> f.category() == SyncFailure.Category.AUTH)) {
            connection.failed(ConnectionState.NEEDS_REAUTH, null);
            return Optional.empty();
        }
        if (!failures.isEmpty()) {
            Duration delay = settings.backoffAfter(connection.getConsecutiveFailures() + 1);
            connection.failed(ConnectionState.ERROR, now.plus(delay));
            return Optional.of(delay);
        }
        connection.succeeded(now.plus(settings.interval()));
        return Optional.of(settings.interval());
    }

    /** Keeps the English message for the API and, where the failure has one, its text for the screens. */
    private static void record(PartStatus part, ConnectionState state, SyncFailure failure) {
        part.failed(state, failure.getMessage(), failure.findUserMessage().orElse(null));
    }

    private static ConnectionState stateFor(SyncFailure failure) {
        return failure.category() == SyncFailure.Category.AUTH ? ConnectionState.NEEDS_REAUTH : ConnectionState.ERROR;
    }
}

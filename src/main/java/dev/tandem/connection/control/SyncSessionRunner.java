package dev.tandem.connection.control;

import dev.tandem.platform.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one session of a connection: mail, then calendar, each independent of the other's failure. The caller
 * (the timer boundary) guarantees that one connection never has two sessions at once.
 */
@ApplicationScoped
public class SyncSessionRunner {

    private static final Logger LOG = Logger.getLogger(SyncSessionRunner.class.getName());

    @Inject
    SessionBook book;

    @Inject
    MailSyncPort mail;

    @Inject
    CalendarSyncPort calendar;

    @Inject
    AccessTokens tokens;

    /** Returns when the next session should start, or empty when the connection should not sync any more. */
    public Optional<Duration> run(long connectionId) {
        Optional<SessionTargets> targets;
        try {
            targets = book.targetsOf(connectionId);
        } catch (SyncFailure unreadable) {
            book.credentialsUnusable(connectionId, unreadable);
            return Optional.empty();
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (tokens.renewIfExpiring(connectionId)) {
                targets = book.targetsOf(connectionId);
            }
        } catch (SyncFailure renewal) {
            return renewalFailed(targets.get(), renewal);
        }
        return targets.map(this::runParts).orElse(Optional.empty());
    }

    /** A revoked consent asks the user to sign in again; a provider out of reach is retried with back-off. */
    private Optional<Duration> renewalFailed(SessionTargets targets, SyncFailure renewal) {
        if (renewal.category() == SyncFailure.Category.AUTH) {
            book.credentialsUnusable(targets.connectionId(), renewal);
            return Optional.empty();
        }
        return book.finish(targets.connectionId(), new SessionResult(targets.mail().isPresent(),
                targets.mail().map(account -> renewal), targets.calendar().isPresent(),
                targets.calendar().map(account -> renewal)));
    }

    private Optional<Duration> runParts(SessionTargets t) {
        long connectionId = t.connectionId();
        Optional<SyncFailure> mailFailure = t.mail().flatMap(account -> attempt("mail", connectionId, () -> {
            mail.sync(new MailSyncPort.MailSyncTarget(connectionId, t.userId(), account, t.mailFirstSyncDays()));
            return null;
        }));
        Optional<SyncFailure> calendarFailure = t.calendar().flatMap(account -> attempt("calendar", connectionId,
                () -> {
                    calendar.sync(t.userId(), account);
                    return null;
                }));
        return book.finish(connectionId, new SessionResult(t.mail().isPresent(), mailFailure,
                t.calendar().isPresent(), calendarFailure));
    }

    private static Optional<SyncFailure> attempt(String part, long connectionId, Supplier<Void> session) {
        try {
            session.get();
            return Optional.empty();
        } catch (SyncFailure failure) {
            LOG.info(() -> part + " sync of connection " + connectionId + " failed (" + failure.category() + "): "
                    + failure.getMessage());
            return Optional.of(failure);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, part + " sync of connection " + connectionId + " failed unexpectedly", unexpected);
            return Optional.of(new SyncFailure(SyncFailure.Category.TEMPORARY,
                    "The " + part + " sync stopped on an unexpected error; it will be retried.", unexpected,
                    "mail".equals(part) ? UserMessage.of("sync.lastError.mailUnexpected")
                            : UserMessage.of("sync.lastError.calendarUnexpected")));
        }
    }
}

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
        SessionTargets t = targets.get();
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

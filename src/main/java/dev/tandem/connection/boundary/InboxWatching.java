package dev.tandem.connection.boundary;

import dev.tandem.connection.control.MailSyncPort;
import dev.tandem.connection.control.SessionBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps an IMAP IDLE watch (RFC 2177) on the inbox of each syncing mail connection, so that new mail starts a
 * session within seconds instead of at the next timer.
 */
@ApplicationScoped
public class InboxWatching {

    @Inject
    MailSyncPort mail;

    @Inject
    SessionBook book;

    private final Set<Long> watched = ConcurrentHashMap.newKeySet();

    void ensureWatched(long connectionId, Runnable onNewMail) {
        var mailTarget = book.targetsOf(connectionId).flatMap(targets -> targets.mail()
                .map(account -> new MailSyncPort.MailSyncTarget(connectionId, targets.userId(), account)));
        if (mailTarget.isEmpty()) {
            stop(connectionId);
        } else if (watched.add(connectionId)) {
            mail.watch(mailTarget.get(), onNewMail);
        }
    }

    void stop(long connectionId) {
        if (watched.remove(connectionId)) {
            mail.unwatch(connectionId);
        }
    }
}

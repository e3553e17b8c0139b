package dev.tandem.connection.boundary;

import dev.tandem.connection.control.MailSyncPort;
import dev.tandem.connection.control.SessionBook;
import dev.tandem.connection.control.SessionScheduling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.tandem.connection.control.ImapAccount;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps an IMAP IDLE watch (RFC 2177) on the inbox of each syncing mail connection, so that new mail starts a
 * session within seconds instead of at the next timer. A watch whose account changed (an OAuth access token was
 * renewed) is started again with the new one, so that its reconnects never use an expired token.
 */
@ApplicationScoped
public class InboxWatching {

    @Inject
    MailSyncPort mail;

    @Inject
    SessionBook book;

    /** The scheduler's container proxy: IDLE callbacks arrive on foreign threads, where only the proxy may be used. */
    @Inject
    SessionScheduling scheduling;

    private final Map<Long, ImapAccount> watched = new ConcurrentHashMap<>();

    void ensureWatched(long connectionId) {
        var mailTarget = book.targetsOf(connectionId).flatMap(targets -> targets.mail()
                .map(account -> new MailSyncPort.MailSyncTarget(connectionId, targets.userId(), account)));
        if (mailTarget.isEmpty()) {
            stop(connectionId);
            return;
        }
        ImapAccount account = mailTarget.get().account();
        ImapAccount before = watched.put(connectionId, account);
        if (account.equals(before)) {
            return;
        }
        if (before != null) {
            mail.unwatch(connectionId);
        }
        mail.watch(mailTarget.get(), () -> scheduling.startSoon(connectionId));
    }

    void stop(long connectionId) {
        if (watched.remove(connectionId) != null) {
            mail.unwatch(connectionId);
        }
    }
}

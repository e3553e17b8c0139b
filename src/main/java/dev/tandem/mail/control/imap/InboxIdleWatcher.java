package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.SyncFailure;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Watches one inbox with IMAP IDLE (RFC 2177) on its own thread and reports new mail, and asks for one catch-up
 * session each time it starts watching. When the connection drops it reconnects after a pause; on a server without
 * IDLE, or after the password stops working, it gives up and leaves new mail to the timer.
 */
final class InboxIdleWatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxIdleWatcher.class.getName());
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(30);

    private final ImapAccount account;
    private final Runnable onNewMail;
    private final AtomicReference<IMAPStore> current = new AtomicReference<>();
    private volatile boolean stopped;

    InboxIdleWatcher(ImapAccount account, Runnable onNewMail) {
        this.account = account;
        this.onNewMail = onNewMail;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                if (!watchOnce()) {
                    return;
                }
            } catch (SyncFailure failure) {
                if (failure.category() == SyncFailure.Category.AUTH) {
                    return;
                }
            } catch (MessagingException | RuntimeException e) {
                LOG.fine(() -> "IDLE on " + account.host() + " interrupted: " + e.getClass().getSimpleName());
            }
            pause();
        }
    }

    /** Returns false when the server has no IDLE, so watching makes no sense. */
    private boolean watchOnce() throws MessagingException {
        try (IMAPStore store = ImapSessions.connect(account)) {
            current.set(store);
            if (stopped || !store.hasCapability("IDLE")) {
                LOG.info(() -> account.host() + " has no IMAP IDLE: new mail waits for the next timed session");
                return false;
            }
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent event) {
                    LOG.fine(() -> event.getMessages().length + " new message(s) in " + account.host());
                    onNewMail.run();
                }
            });
            catchUp();
            while (!stopped && inbox.isOpen()) {
                inbox.idle(false);
            }
            return true;
        } finally {
            current.set(null);
        }
    }

    /**
     * Mail that arrived between the last session and this IDLE (or while the connection was down) raises no event:
     * one session now, which costs a cursor comparison when nothing is new, covers it.
     */
    private void catchUp() {
        onNewMail.run();
    }

    void stop() {
        stopped = true;
        IMAPStore store = current.get();
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                LOG.fine("IDLE connection was already closed");
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}

package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.ImapAccount;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The running IDLE watchers, one container-managed thread per watched inbox. */
@ApplicationScoped
public class InboxWatchers {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InboxWatchers.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private final Map<Long, InboxIdleWatcher> running = new ConcurrentHashMap<>();

    public void watch(long connectionId, ImapAccount account, Runnable onNewMail) {
        unwatch(connectionId);
        var watcher = new InboxIdleWatcher(account, onNewMail);
        running.put(connectionId, watcher);
        Thread thread = threads.newThread(watcher);
        thread.setName("tandem-idle-" + connectionId);
        thread.start();
        LOG.info(() -> "Watching the inbox of connection " + connectionId + " with IMAP IDLE");
    }

    public void unwatch(long connectionId) {
        InboxIdleWatcher watcher = running.remove(connectionId);
        if (watcher != null) {
            watcher.stop();
        }
    }

    @PreDestroy
    void stopAll() {
        running.keySet().forEach(this::unwatch);
    }
}

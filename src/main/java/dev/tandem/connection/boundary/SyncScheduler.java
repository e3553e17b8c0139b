package dev.tandem.connection.boundary;

import dev.tandem.connection.control.ConnectionStore;
import dev.tandem.connection.control.SessionScheduling;
import dev.tandem.connection.control.SyncSessionRunner;
import dev.tandem.connection.entity.SyncConnection;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Drives every connection's sessions with container-managed EJB timers: one single-action timer per connection,
 * re-armed after each session with the interval or the back-off the session asked for. Timers are not persistent:
 * the schedule lives in the database ({@code next_sync_at}) and is rebuilt from it at start-up. A connection never
 * has two sessions at once; a "sync now" during a session runs right after it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SyncScheduler implements SessionScheduling {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());
    private static final Duration SOON = Duration.ofMillis(200);
    private static final Duration AFTER_START = Duration.ofSeconds(5);
    /** When a session could not even record its outcome (database down, say): keep the connection scheduled. */
    private static final Duration AFTER_CRASH = Duration.ofMinutes(1);

    @Resource
    TimerService timers;

    @Inject
    SyncSessionRunner runner;

    @Inject
    ConnectionStore connections;

    @Inject
    InboxWatching inboxWatching;

    @Inject
    Clock clock;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Set<Long> rerunRequested = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void rebuildFromDatabase() {
        var syncing = connections.findSyncing();
        syncing.forEach(c -> arm(c.getId(), delayUntil(c)));
        LOG.info(() -> "Scheduled " + syncing.size() + " sync connections");
    }

    @Override
    public void startSoon(long connectionId) {
        if (running.contains(connectionId)) {
            rerunRequested.add(connectionId);
            return;
        }
        arm(connectionId, SOON);
    }

    @Override
    public void stop(long connectionId) {
        cancel(connectionId);
        rerunRequested.remove(connectionId);
        inboxWatching.stop(connectionId);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void runSession(Timer timer) {
        long connectionId = (Long) timer.getInfo();
        if (!running.add(connectionId)) {
            rerunRequested.add(connectionId);
            return;
        }
        Optional<Duration> next;
        try {
            next = runner.run(connectionId);
        } catch (RuntimeException unexpected) {
            LOG.log(java.util.logging.Level.WARNING, "Session of connection " + connectionId
                    + " could not be recorded; retrying in " + AFTER_CRASH, unexpected);
            next = Optional.of(AFTER_CRASH);
        } finally {
            running.remove(connectionId);
        }
        if (rerunRequested.remove(connectionId) && next.isPresent()) {
            next = Optional.of(SOON);
        }
        next.ifPresentOrElse(delay -> {
            arm(connectionId, delay);
            inboxWatching.ensureWatched(connectionId);
        }, () -> inboxWatching.stop(connectionId));
    }

    /** Synchronized: the timer thread and IDLE callbacks may re-arm one connection at the same moment. */
    private synchronized void arm(long connectionId, Duration delay) {
        cancel(connectionId);
        timers.createSingleActionTimer(Math.max(1, delay.toMillis()), new TimerConfig(connectionId, false));
    }

    private void cancel(long connectionId) {
        for (Timer timer : timers.getTimers()) {
            if (Long.valueOf(connectionId).equals(timer.getInfo())) {
                timer.cancel();
            }
        }
    }

    private Duration delayUntil(SyncConnection connection) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return connection.findNextSyncAt().filter(at -> at.isAfter(now.plus(AFTER_START)))
                .map(at -> Duration.between(now, at)).orElse(AFTER_START);
    }
}

package dev.tandem.crm.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key (an account or a client address) in a sliding window: at {@code limit} failures the key
 * is refused until the oldest of them leaves the window. Memory stays bounded: keys whose failures have all left
 * the window are dropped once the map grows large (an attacker trying random user names cannot fill the heap).
 */
final class FailureWindow {

    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailureWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long this key must still wait, if it is refused now. */
    Optional<Duration> findWait(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void recordFailure(String key, Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(entry -> expired(entry.getValue(), now));
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
        }
    }

    void forget(String key) {
        failures.remove(key);
    }

    private boolean expired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            dropExpired(times, now);
            return times.isEmpty();
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
    }
}

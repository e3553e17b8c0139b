package dev.tandem.mail.control.diagnosis;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most N connectivity tests per user and minute: each test opens connections to a server the user names, so
 * Tandem must not become a tool to hammer one.
 */
@ApplicationScoped
public class ImapTestRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "tandem.imap-test.per-minute", defaultValue = "10")
    int perMinute;

    @Inject
    Clock clock;

    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public void acquire(long userId) {
        Instant now = clock.instant();
        Deque<Instant> calls = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (calls) {
            while (!calls.isEmpty() && calls.peekFirst().isBefore(now.minus(WINDOW))) {
                calls.pollFirst();
            }
            if (calls.size() >= perMinute) {
                long wait = Duration.between(now, calls.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw new TooManyTests(perMinute, wait);
            }
            calls.addLast(now);
        }
    }

    /** 429 (RFC 6585 §4) with the seconds to wait. */
    public static final class TooManyTests extends TandemException {
        private final long retryAfterSeconds;

        TooManyTests(int perMinute, long retryAfterSeconds) {
            super(Kind.TOO_MANY, "At most " + perMinute + " connection tests a minute; try again in "
                    + retryAfterSeconds + " s.", null,
                    UserMessage.of("sync.refused.tooManyTests", perMinute, retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public Map<String, Object> problemExtensions() {
            return Map.of("retryAfterSeconds", retryAfterSeconds);
        }
    }
}

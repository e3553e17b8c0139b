package dev.tandem.connection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often sessions run, and how retries back off after failures (RFC-free: our own policy). */
@ApplicationScoped
public class SyncSettings {

    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "tandem.sync.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "tandem.sync.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;

    public Duration interval() {
        return Duration.ofSeconds(intervalSeconds);
    }

    /** 30 s, 1 min, 2 min, … up to an hour after the n-th failure in a row (n ≥ 1). */
    public Duration backoffAfter(int failures) {
        int exponent = Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = Duration.ofSeconds(retryBaseSeconds).multipliedBy(1L << exponent);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}

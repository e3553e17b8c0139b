package dev.tandem.calendar.control.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How Tandem answers Graph's throttling (429 Too Many Requests) and overload (503 Service Unavailable): wait what
 * {@code Retry-After} asks (RFC 9110 §10.2.3: seconds or an HTTP date), else 1, 2, 4… seconds, at most
 * {@code maxRetries} times per request, and never longer than {@code maxWait} at once. A longer wait is not spent
 * holding a session open: the request fails as temporary and the scheduler's back-off takes over. So a throttled
 * account sends a handful of requests, never a retry storm.
 */
public record Throttling(int maxRetries, Duration maxWait, Pause pause, Clock clock) {

    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

    public static Throttling defaults() {
        return new Throttling(DEFAULT_MAX_RETRIES, DEFAULT_MAX_WAIT, Pause.SLEEP, Clock.systemUTC());
    }

    static boolean isThrottled(int status) {
        return status == 429 || status == 503;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first), or empty when the request should give up.
     *
     * @param retryAfter the response's Retry-After header, if any
     */
    Optional<Duration> waitBefore(int retry, Optional<String> retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        Duration wait = retryAfter.flatMap(this::parse).orElse(Duration.ofSeconds(1L << Math.min(retry - 1, 10)));
        return wait.compareTo(maxWait) > 0 ? Optional.empty() : Optional.of(wait);
    }

    private Optional<Duration> parse(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}

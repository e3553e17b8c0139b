package dev.tandem.calendar.control.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The range of time whose events Tandem tracks: Graph v1.0 offers delta queries only on a calendar view, a range
 * fixed by the round's first request ({@code calendarView/delta?startDateTime&endDateTime}). Events wholly outside
 * it are neither listed nor deleted; a new round with a window around the new day starts when the old one has
 * drifted by {@link #DRIFT}.
 */
public record GraphWindow(Instant start, Instant end) {

    /** How far "now" may move from where the round's window was centred before a new round starts. */
    public static final Duration DRIFT = Duration.ofDays(30);

    public GraphWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** {@code pastDays} before to {@code futureDays} after the day of {@code now} (UTC midnight). */
    public static GraphWindow around(Instant now, int pastDays, int futureDays) {
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        return new GraphWindow(day.minus(Duration.ofDays(pastDays)), day.plus(Duration.ofDays(futureDays)));
    }

    /** Whether the round must be renewed: the window now asked for starts more than {@link #DRIFT} later. */
    boolean hasDrifted(GraphWindow wanted) {
        return Duration.between(start, wanted.start()).compareTo(DRIFT) > 0;
    }

    /** Whether an event from {@code from} to {@code to} shows in the window (a calendar view's overlap rule). */
    boolean overlaps(Instant from, Instant to) {
        return from.isBefore(end) && (to.isAfter(start) || !from.isBefore(start));
    }
}

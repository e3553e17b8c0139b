package dev.tandem.calendar.control.graph;

import java.time.Clock;

/**
 * How far back and ahead of today the Graph calendar is synced ({@code tandem.calendar.graph.past-days},
 * {@code tandem.calendar.graph.future-days}): the window of the calendar view whose delta Tandem follows.
 */
public record GraphViewRange(Clock clock, int pastDays, int futureDays) {

    public static final int DEFAULT_PAST_DAYS = 365;
    public static final int DEFAULT_FUTURE_DAYS = 730;

    public GraphViewRange {
        if (pastDays < 0 || futureDays < 1) {
            throw new IllegalArgumentException("the Graph window needs past days >= 0 and future days >= 1");
        }
    }

    GraphWindow now() {
        return GraphWindow.around(clock.instant(), pastDays, futureDays);
    }
}

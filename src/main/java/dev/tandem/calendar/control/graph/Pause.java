package dev.tandem.calendar.control.graph;

import java.time.Duration;

/** Waits before a retry; the real one sleeps, tests record the waits instead of spending them. */
@FunctionalInterface
public interface Pause {

    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

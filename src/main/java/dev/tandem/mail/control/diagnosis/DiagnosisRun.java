package dev.tandem.mail.control.diagnosis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one connection test as they run: times each, records it, and keeps the overall time budget so
 * that every network wait gets only what is left of it.
 */
final class DiagnosisRun {

    /** One step's work; network errors are turned into a {@link StepFailure} by the step itself. */
    interface StepAction<T> {
        StepOutcome<T> run() throws StepFailure;
    }

    private final List<DiagnosisStep> steps = new ArrayList<>();
    private final Duration budget;
    private final long deadlineNanos;

    DiagnosisRun(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    <T> T step(DiagnosisStepName name, StepAction<T> action) throws StepFailure {
        long start = System.nanoTime();
        try {
            StepOutcome<T> outcome = action.run();
            steps.add(new DiagnosisStep(name, true, millisSince(start), outcome.detail(), outcome.reason()));
            return outcome.value();
        } catch (StepFailure failure) {
            steps.add(new DiagnosisStep(name, false, millisSince(start), failure.detail(), failure.reason()));
            throw failure;
        }
    }

    /** Milliseconds left of the budget, at least one; fails the current step once nothing is left. */
    int remainingMillis() throws StepFailure {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new StepFailure(DiagnosisReason.OUT_OF_TIME,
                    "The test ran out of its " + seconds() + " before this step could finish.");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** The budget in words, for details such as "no answer within 15 s". */
    String seconds() {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }

    List<DiagnosisStep> steps() {
        return List.copyOf(steps);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

package dev.tandem.sync.twoway;

import dev.tandem.sync.SyncOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one two-way run: either refused as a whole by the {@link MassDeletionGuard} (nothing written),
 * or the result of every planned item.
 */
public record SyncReport(Optional<String> refusal, List<ItemResult> results) {

    public SyncReport {
        Objects.requireNonNull(refusal, "refusal");
        results = List.copyOf(results);
    }

    public static SyncReport refused(String reason) {
        return new SyncReport(Optional.of(reason), List.of());
    }

    public static SyncReport completed(List<ItemResult> results) {
        return new SyncReport(Optional.empty(), results);
    }

    public boolean wasRefused() {
        return refusal.isPresent();
    }

    public long count(SyncOutcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }
}

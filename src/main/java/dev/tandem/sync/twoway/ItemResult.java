package dev.tandem.sync.twoway;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import java.util.Objects;

/**
 * What happened to one item in a run. SKIPPED results are bookkeeping (status rows refreshed or forgotten,
 * items found in step on a retry) and are not written to the ledger.
 */
public record ItemResult(String uid, ItemKind kind, String summary, SyncOutcome outcome, String reason) {

    public ItemResult {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean belongsInLedger() {
        return outcome != SyncOutcome.SKIPPED;
    }
}

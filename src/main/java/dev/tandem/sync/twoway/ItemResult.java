package dev.tandem.sync.twoway;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import java.util.Objects;

/**
 * What happened to one item in a run. Every result goes to the ledger, SKIPPED ones too (status rows refreshed or
 * forgotten, an item found already in step): the sync only acts on items whose ETag moved, so these are few, and
 * each says why nothing was written.
 */
public record ItemResult(String uid, ItemKind kind, String summary, SyncOutcome outcome, String reason) {

    public ItemResult {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}

package dev.tandem.sync.twoway;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.SyncLedger;
import java.util.ArrayList;
import java.util.List;

/** A ledger that keeps its entries for assertions. */
final class RecordingLedger implements SyncLedger {

    record Entry(ItemKind kind, String ref, String summary, SyncOutcome outcome, String reason) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(ItemKind kind, String ref, String summary, SyncOutcome outcome, String reason) {
        entries.add(new Entry(kind, ref, summary, outcome, reason));
    }

    Entry only() {
        if (entries.size() != 1) {
            throw new AssertionError("expected one ledger entry, got " + entries);
        }
        return entries.get(0);
    }
}

package dev.tandem.connection.boundary;

import dev.tandem.connection.entity.LedgerEntry;
import java.time.OffsetDateTime;

/** One ledger line as the API shows it. */
public record LedgerEntryView(long id, OffsetDateTime at, String kind, String ref, String summary, String outcome,
                              String reason, Long activityId) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.getId(), e.getAt(), e.getKind().name(), e.getRef(), e.getSummary(),
                e.getOutcome().name(), e.findReason().orElse(null), e.findActivityId().orElse(null));
    }
}

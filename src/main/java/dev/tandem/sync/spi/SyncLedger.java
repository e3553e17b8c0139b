package dev.tandem.sync.spi;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;

/** The user-visible journal of what the sync did with each item and why ({@code GET /api/me/sync/ledger}). */
public interface SyncLedger {

    /**
     * @param ref     the Message-ID of a mail or the UID of an event or task
     * @param summary the subject or title, for people
     * @param reason  a sentence saying why, e.g. "changed at the provider"
     */
    void record(ItemKind kind, String ref, String summary, SyncOutcome outcome, String reason);
}

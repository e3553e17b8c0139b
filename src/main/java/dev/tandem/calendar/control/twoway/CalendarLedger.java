package dev.tandem.calendar.control.twoway;

import dev.tandem.connection.control.Ledger;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.SyncLedger;

/** The two-way sync's journal, written to the user's sync ledger ({@code GET /api/me/sync/ledger}). */
public final class CalendarLedger implements SyncLedger {

    private final Ledger ledger;
    private final long userId;

    public CalendarLedger(Ledger ledger, long userId) {
        this.ledger = ledger;
        this.userId = userId;
    }

    @Override
    public void record(ItemKind kind, String ref, String summary, SyncOutcome outcome, String reason) {
        ledger.record(userId, new Ledger.Line(kind, ref, summary, outcome, reason, null));
    }
}

package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ProviderItemStore;
import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.twoway.SyncAction;
import dev.tandem.sync.spi.StatusStore;
import dev.tandem.sync.spi.SyncLedger;
import dev.tandem.sync.twoway.MassDeletionGuard;
import dev.tandem.sync.twoway.ProviderWinsOnProviderItemsLatestWinsOnCrmItems;
import dev.tandem.sync.twoway.SyncReport;
import dev.tandem.sync.twoway.SyncStores;
import dev.tandem.sync.twoway.TwoWayPlanner;
import dev.tandem.sync.twoway.TwoWaySync;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One two-way run between a user's CRM events (or tasks) and one provider calendar (a CalDAV collection, a
 * Microsoft Graph calendar), with Tandem's conflict policy (the provider's copy wins for provider items, the later
 * LAST-MODIFIED for CRM items) and the mass-deletion guard. Afterwards the provider's state (its cursor) is kept,
 * objects the provider could not read are ledgered as FAILED and each event the run added to the CRM calendar is
 * announced by mail.
 */
public final class KindSync {

    /** A side with fewer items than this is never refused for the share it would lose. */
    private static final int GUARD_MIN_ITEMS = 5;

    private final ItemKind kind;
    private final CrmItemStore crm;
    private final ProviderItemStore provider;
    private final StatusStore statuses;
    private final SyncLedger ledger;
    private final double maxDeleteShare;
    private final Consumer<CalendarItem> onAddedEvent;

    /** @param onAddedEvent told of each event the run adds to the CRM calendar */
    public KindSync(ItemKind kind, CrmItemStore crm, ProviderItemStore provider, StatusStore statuses,
                    SyncLedger ledger, double maxDeleteShare, Consumer<CalendarItem> onAddedEvent) {
        this.kind = kind;
        this.crm = crm;
        this.provider = provider;
        this.statuses = statuses;
        this.ledger = ledger;
        this.maxDeleteShare = maxDeleteShare;
        this.onAddedEvent = onAddedEvent;
    }

    /** @return the guard's reason when it refused the run */
    public Optional<String> run() {
        var sync = new TwoWaySync(new SyncStores(crm, provider), statuses, ledger,
                new TwoWayPlanner(new ProviderWinsOnProviderItemsLatestWinsOnCrmItems()),
                new MassDeletionGuard(maxDeleteShare, GUARD_MIN_ITEMS), TwoWaySync.DEFAULT_ATTEMPTS);
        SyncReport report = sync.run();
        provider.saveState();
        provider.unreadable().forEach((href, reason) -> ledger.record(sync(kind), href, "", SyncOutcome.FAILED,
                reason));
        if (kind == ItemKind.EVENT) {
            crm.added().forEach(onAddedEvent);
        }
        return report.refusal();
    }

    /** What a run would create on each side, without running it. */
    public FirstSyncPreview.SideCounts preview() {
        var sync = TwoWaySync.withDefaults(new SyncStores(crm, provider), statuses, ledger);
        var plan = sync.plan();
        return new FirstSyncPreview.SideCounts(count(plan, SyncAction.Kind.COPY_TO_CRM),
                count(plan, SyncAction.Kind.COPY_TO_PROVIDER));
    }

    private static int count(java.util.List<SyncAction> plan, SyncAction.Kind kind) {
        return (int) plan.stream().filter(action -> action.kind() == kind).count();
    }

    private static dev.tandem.sync.ItemKind sync(ItemKind kind) {
        return kind == ItemKind.EVENT ? dev.tandem.sync.ItemKind.EVENT : dev.tandem.sync.ItemKind.TASK;
    }
}

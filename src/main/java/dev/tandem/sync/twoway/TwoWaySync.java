package dev.tandem.sync.twoway;

import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.PreconditionFailedException;
import dev.tandem.sync.spi.StatusStore;
import dev.tandem.sync.spi.SyncLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One two-way sync run between the CRM and a provider: read both sides, plan, let the guard veto, then apply
 * item by item. A lost race (412) makes it re-read that item and decide again, a bounded number of times; any
 * other failure marks the item FAILED and the run goes on, so one bad item never stalls a calendar.
 */
public final class TwoWaySync {

    /** Tries per item: the first write plus two re-read-and-retry rounds after a 412. */
    public static final int DEFAULT_ATTEMPTS = 3;

    private final SyncStores stores;
    private final StatusStore statusStore;
    private final SyncLedger ledger;
    private final TwoWayPlanner planner;
    private final MassDeletionGuard guard;
    private final int maxAttempts;
    private final SnapshotReader reader = new SnapshotReader(new ContentHasher());
    private final ActionApplier applier;

    public TwoWaySync(SyncStores stores, StatusStore statusStore, SyncLedger ledger, TwoWayPlanner planner,
                      MassDeletionGuard guard, int maxAttempts) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.statusStore = Objects.requireNonNull(statusStore, "statusStore");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.guard = Objects.requireNonNull(guard, "guard");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt per item");
        }
        this.maxAttempts = maxAttempts;
        this.applier = new ActionApplier(stores, statusStore);
    }

    /** Tandem's defaults: provider-owned items win at the provider, later edit otherwise; 50 % / 5 items guard. */
    public static TwoWaySync withDefaults(SyncStores stores, StatusStore statusStore, SyncLedger ledger) {
        return new TwoWaySync(stores, statusStore, ledger,
                new TwoWayPlanner(new ProviderWinsOnProviderItemsLatestWinsOnCrmItems()),
                MassDeletionGuard.defaults(), DEFAULT_ATTEMPTS);
    }

    /** The plan a run would carry out, read from both sides without writing anything: the first-sync preview. */
    public List<SyncAction> plan() {
        return planner.plan(reader.read(stores, statusStore.loadAll(), uid -> true));
    }

    public SyncReport run() {
        SyncSnapshot snapshot = reader.read(stores, statusStore.loadAll(), uid -> true);
        List<SyncAction> plan = planner.plan(snapshot);
        GuardVerdict verdict = guard.check(snapshot, plan);
        if (!verdict.allowed()) {
            return SyncReport.refused(verdict.refusal().orElseThrow());
        }
        var results = new ArrayList<ItemResult>();
        for (SyncAction action : plan) {
            ItemResult result = runSafely(action, snapshot);
            ledger.record(result.kind(), result.uid(), result.summary(), result.outcome(), result.reason());
            results.add(result);
        }
        return SyncReport.completed(results);
    }

    private ItemResult runSafely(SyncAction action, SyncSnapshot snapshot) {
        try {
            return runWithRetries(action, snapshot);
        } catch (RuntimeException e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(action, snapshot, "could not sync this item (" + cause + "); the next run tries again");
        }
    }

    private ItemResult runWithRetries(SyncAction first, SyncSnapshot snapshot) {
        SyncAction action = first;
        SyncSnapshot seen = snapshot;
        for (int attempt = 1; ; attempt++) {
            try {
                return applier.apply(action, seen);
            } catch (PreconditionFailedException e) {
                if (attempt >= maxAttempts) {
                    return failed(action, seen, "the item kept changing during the sync (" + attempt
                            + " tries); the next run tries again");
                }
                seen = reader.read(stores, snapshot.statuses(), action.uid()::equals);
                Optional<SyncAction> again = planner.planOne(action.uid(), seen);
                if (again.isEmpty()) {
                    return skipped(action, seen, "already in step after re-reading it");
                }
                action = again.get();
            }
        }
    }

    private static ItemResult failed(SyncAction action, SyncSnapshot snapshot, String reason) {
        ActionApplier.Description d = ActionApplier.describe(action.uid(), snapshot);
        return new ItemResult(action.uid(), d.kind(), d.summary(), SyncOutcome.FAILED, reason);
    }

    private static ItemResult skipped(SyncAction action, SyncSnapshot snapshot, String reason) {
        ActionApplier.Description d = ActionApplier.describe(action.uid(), snapshot);
        return new ItemResult(action.uid(), d.kind(), d.summary(), SyncOutcome.SKIPPED, reason);
    }
}

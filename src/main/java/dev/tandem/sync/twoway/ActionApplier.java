package dev.tandem.sync.twoway;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import dev.tandem.sync.spi.StatusStore;
import java.util.Optional;

/**
 * Carries out one planned action with a conditional write, then saves the item's status — only then, so a
 * failed write leaves the old status and the next run plans the same action again.
 */
final class ActionApplier {

    private final SyncStores stores;
    private final StatusStore statusStore;

    ActionApplier(SyncStores stores, StatusStore statusStore) {
        this.stores = stores;
        this.statusStore = statusStore;
    }

    /** @throws dev.tandem.sync.spi.PreconditionFailedException when the target changed since it was read */
    ItemResult apply(SyncAction action, SyncSnapshot snapshot) {
        switch (action.kind()) {
            case FORGET_STATUS:
                statusStore.delete(action.uid());
                return result(action, describe(action.uid(), snapshot), SyncOutcome.SKIPPED);
            case REFRESH_STATUS:
                statusStore.save(refreshedStatus(action.uid(), snapshot));
                return result(action, describe(action.uid(), snapshot), SyncOutcome.SKIPPED);
            case DELETE_ON_CRM:
            case DELETE_ON_PROVIDER:
                return delete(action, snapshot, action.kind().findTarget().orElseThrow());
            default:
                return write(action, snapshot, action.kind().findTarget().orElseThrow());
        }
    }

    private ItemResult write(SyncAction action, SyncSnapshot snapshot, Side target) {
        String uid = action.uid();
        Side source = target.other();
        String content = snapshot.side(source).getContent(uid);
        ItemVersion sourceVersion = snapshot.side(source).findVersion(uid).orElseThrow();
        ItemStore store = stores.of(target);
        Optional<ItemVersion> old = snapshot.side(target).findVersion(uid);
        ItemRef written = old.isPresent() ? store.update(old.get().href(), content, old.get().etag())
                : store.create(uid, content);
        ItemVersion targetVersion = new ItemVersion(written.href(), written.etag(), sourceVersion.contentHash());
        Side origin = snapshot.findStatus(uid).map(ItemStatus::origin).orElse(source);
        ItemStatus bothHoldSourceContent = new ItemStatus(uid, origin, sourceVersion, sourceVersion)
                .with(target, targetVersion);
        statusStore.save(bothHoldSourceContent);
        String reason = store.findCaveat(content).map(caveat -> action.reason() + "; " + caveat)
                .orElse(action.reason());
        return result(action, Description.of(content), action.kind().findOutcome().orElseThrow(), reason);
    }

    private ItemResult delete(SyncAction action, SyncSnapshot snapshot, Side target) {
        ItemVersion version = snapshot.side(target).findVersion(action.uid()).orElseThrow();
        Description description = describeBeforeDeleting(stores.of(target), version, action.uid());
        stores.of(target).delete(version.href(), version.etag());
        statusStore.delete(action.uid());
        return result(action, description, SyncOutcome.DELETED);
    }

    private static ItemStatus refreshedStatus(String uid, SyncSnapshot snapshot) {
        Side origin = snapshot.findStatus(uid).map(ItemStatus::origin).orElse(Side.PROVIDER);
        return new ItemStatus(uid, origin, snapshot.crm().findVersion(uid).orElseThrow(),
                snapshot.provider().findVersion(uid).orElseThrow());
    }

    private static Description describeBeforeDeleting(ItemStore store, ItemVersion version, String uid) {
        try {
            return Description.of(store.get(version.href()).content());
        } catch (ItemStoreException e) {
            return Description.unknown(uid);
        }
    }

    /** Kind and title of an item from whatever this run read of it. */
    static Description describe(String uid, SyncSnapshot snapshot) {
        return snapshot.crm().findFetched(uid).or(() -> snapshot.provider().findFetched(uid))
                .map(FetchedItem::content).map(Description::of).orElseGet(() -> Description.unknown(uid));
    }

    private static ItemResult result(SyncAction action, Description description, SyncOutcome outcome) {
        return result(action, description, outcome, action.reason());
    }

    private static ItemResult result(SyncAction action, Description description, SyncOutcome outcome,
                                     String reason) {
        return new ItemResult(action.uid(), description.kind(), description.summary(), outcome, reason);
    }

    /** What the ledger says an item is. */
    record Description(ItemKind kind, String summary) {

        static Description of(String content) {
            return new Description(ICalendarText.kindOf(content), ICalendarText.findSummary(content).orElse(""));
        }

        static Description unknown(String uid) {
            return new Description(ItemKind.EVENT, uid);
        }
    }
}

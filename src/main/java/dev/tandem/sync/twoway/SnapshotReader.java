package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Lists both stores and reads only the items whose etag differs from the status: for those the content hash
 * is computed anew, for the others the status's hash still holds (vdirsyncer's trick to avoid downloading
 * a whole calendar on every run).
 */
final class SnapshotReader {

    private final ContentHasher hasher;

    SnapshotReader(ContentHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    SyncSnapshot read(SyncStores stores, Map<String, ItemStatus> statuses, Predicate<String> uids) {
        return new SyncSnapshot(statuses, readSide(stores, Side.CRM, statuses, uids),
                readSide(stores, Side.PROVIDER, statuses, uids));
    }

    private SideSnapshot readSide(SyncStores stores, Side side, Map<String, ItemStatus> statuses,
                                  Predicate<String> uids) {
        ItemStore store = stores.of(side);
        var versions = new HashMap<String, ItemVersion>();
        var fetched = new HashMap<String, FetchedItem>();
        for (Map.Entry<String, ItemRef> listed : store.list().entrySet()) {
            String uid = listed.getKey();
            if (!uids.test(uid)) {
                continue;
            }
            ItemStatus status = statuses.get(uid);
            if (status != null && status.version(side).sameAs(listed.getValue())) {
                versions.put(uid, status.version(side));
            } else {
                FetchedItem item = store.get(listed.getValue().href());
                fetched.put(uid, item);
                versions.put(uid, new ItemVersion(item.ref().href(), item.ref().etag(), hasher.hash(item.content())));
            }
        }
        return new SideSnapshot(versions, fetched);
    }
}

package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.Side;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Everything a plan is made from: the statuses of the last sync and both sides as they are now. */
public record SyncSnapshot(Map<String, ItemStatus> statuses, SideSnapshot crm, SideSnapshot provider) {

    public SyncSnapshot {
        statuses = Map.copyOf(statuses);
    }

    public SideSnapshot side(Side side) {
        return side == Side.CRM ? crm : provider;
    }

    public Optional<ItemStatus> findStatus(String uid) {
        return Optional.ofNullable(statuses.get(uid));
    }

    /** Every UID known to the status or to either side, sorted so plans are reproducible. */
    public Set<String> allUids() {
        var uids = new TreeSet<>(statuses.keySet());
        uids.addAll(crm.versions().keySet());
        uids.addAll(provider.versions().keySet());
        return uids;
    }
}

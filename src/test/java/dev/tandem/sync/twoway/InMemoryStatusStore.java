package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.StatusStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link StatusStore} in memory: for tests, and for one-off syncs that start from nothing anyway. */
public final class InMemoryStatusStore implements StatusStore {

    private final Map<String, ItemStatus> statuses = new ConcurrentHashMap<>();

    @Override
    public Map<String, ItemStatus> loadAll() {
        return Map.copyOf(statuses);
    }

    @Override
    public void save(ItemStatus status) {
        statuses.put(status.uid(), status);
    }

    @Override
    public void delete(String uid) {
        statuses.remove(uid);
    }
}

package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.StatusStore;
import java.util.Map;

/** The sync status of one user's events or tasks, kept in the database. */
public final class DatabaseStatusStore implements StatusStore {

    private final SyncStatusRows rows;
    private final long userId;
    private final ItemKind kind;

    public DatabaseStatusStore(SyncStatusRows rows, long userId, ItemKind kind) {
        this.rows = rows;
        this.userId = userId;
        this.kind = kind;
    }

    @Override
    public Map<String, ItemStatus> loadAll() {
        return rows.loadAll(userId, kind);
    }

    @Override
    public void save(ItemStatus status) {
        rows.save(userId, kind, status);
    }

    @Override
    public void delete(String uid) {
        rows.delete(userId, kind, uid);
    }
}

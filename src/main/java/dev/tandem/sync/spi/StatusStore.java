package dev.tandem.sync.spi;

import java.util.Map;

/**
 * Where the sync keeps one {@link ItemStatus} per item between runs. A status is saved right after the write it
 * describes succeeded, so a run cut short resumes without repeating or losing a write.
 */
public interface StatusStore {

    /** Every status, by UID. */
    Map<String, ItemStatus> loadAll();

    void save(ItemStatus status);

    void delete(String uid);
}

package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemVersion;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One side as this run found it: every item's version, and the text of the items that had to be read (new
 * ones and those whose etag moved); an unchanged item is not downloaded.
 */
public record SideSnapshot(Map<String, ItemVersion> versions, Map<String, FetchedItem> fetched) {

    public SideSnapshot {
        versions = Map.copyOf(versions);
        fetched = Map.copyOf(fetched);
    }

    public Optional<ItemVersion> findVersion(String uid) {
        return Optional.ofNullable(versions.get(uid));
    }

    public Optional<FetchedItem> findFetched(String uid) {
        return Optional.ofNullable(fetched.get(uid));
    }

    /** The item's text, which the run read because the plan writes it to the other side. */
    public String getContent(String uid) {
        FetchedItem item = fetched.get(uid);
        if (item == null) {
            throw new IllegalStateException("item " + uid + " was not read in this run");
        }
        return item.content();
    }

    public Optional<Instant> findLastModified(String uid) {
        return findFetched(uid).flatMap(item -> ICalendarText.findLastModified(item.content()));
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }
}

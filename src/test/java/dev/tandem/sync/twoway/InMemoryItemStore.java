package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemNotFoundException;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.PreconditionFailedException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@link ItemStore} in memory with the etag semantics of a CalDAV server: every write gets a new etag,
 * conditional writes fail with {@link PreconditionFailedException} on a stale etag or an existing UID. The
 * reference the contract suite is checked against, and the provider or CRM in sync tests. The {@code put} and
 * {@code remove} methods play a user editing that side directly, unconditionally.
 */
public final class InMemoryItemStore implements ItemStore {

    private record Entry(String href, String etag, String content) {
    }

    private final Map<String, Entry> byUid = new LinkedHashMap<>();
    private final String etagPrefix;
    private Function<String, Optional<String>> caveats = content -> Optional.empty();
    private long writes;

    /** @param name distinguishes this store's etags from another's in test output */
    public InMemoryItemStore(String name) {
        this.etagPrefix = name;
    }

    @Override
    public synchronized Map<String, ItemRef> list() {
        var refs = new LinkedHashMap<String, ItemRef>();
        byUid.forEach((uid, entry) -> refs.put(uid, new ItemRef(entry.href(), entry.etag())));
        return refs;
    }

    @Override
    public synchronized FetchedItem get(String href) {
        Entry entry = findByHref(href).map(byUid::get).orElseThrow(() -> new ItemNotFoundException(href));
        return new FetchedItem(new ItemRef(entry.href(), entry.etag()), entry.content());
    }

    @Override
    public synchronized ItemRef create(String uid, String content) {
        if (byUid.containsKey(uid)) {
            throw new PreconditionFailedException("an item with UID " + uid + " already exists");
        }
        return store(uid, content);
    }

    @Override
    public synchronized ItemRef update(String href, String content, String ifMatchEtag) {
        return store(matchingUid(href, ifMatchEtag), content);
    }

    @Override
    public synchronized void delete(String href, String ifMatchEtag) {
        byUid.remove(matchingUid(href, ifMatchEtag));
    }

    /** A user creating or editing the item on this side. */
    /** What this store says about content it holds, as a store that can only approximate some data would. */
    public synchronized void sayAboutWrites(Function<String, Optional<String>> caveat) {
        this.caveats = caveat;
    }

    @Override
    public synchronized Optional<String> findCaveat(String content) {
        return caveats.apply(content);
    }

        public synchronized ItemRef put(String uid, String content) {
        return store(uid, content);
    }

    /** A user deleting the item on this side; true if it was there. */
    public synchronized boolean remove(String uid) {
        return byUid.remove(uid) != null;
    }

    public synchronized Optional<String> findContent(String uid) {
        return Optional.ofNullable(byUid.get(uid)).map(Entry::content);
    }

    /** Every item's text by UID, for comparing two stores. */
    public synchronized Map<String, String> contents() {
        var contents = new LinkedHashMap<String, String>();
        byUid.forEach((uid, entry) -> contents.put(uid, entry.content()));
        return contents;
    }

    private String matchingUid(String href, String ifMatchEtag) {
        String uid = findByHref(href).orElseThrow(() -> new PreconditionFailedException("no item at " + href));
        if (!byUid.get(uid).etag().equals(ifMatchEtag)) {
            throw new PreconditionFailedException("the item at " + href + " is no longer at etag " + ifMatchEtag);
        }
        return uid;
    }

    private ItemRef store(String uid, String content) {
        String href = "/" + etagPrefix + "/" + URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics";
        Entry entry = new Entry(href, "\"" + etagPrefix + "-" + (++writes) + "\"", content);
        byUid.put(uid, entry);
        return new ItemRef(entry.href(), entry.etag());
    }

    private Optional<String> findByHref(String href) {
        return byUid.entrySet().stream().filter(e -> e.getValue().href().equals(href)).map(Map.Entry::getKey)
                .findFirst();
    }
}

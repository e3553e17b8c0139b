package dev.tandem.calendar.control.collection;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.caldav.CalendarObject;
import dev.tandem.calendar.control.caldav.CalendarObjectRef;
import dev.tandem.calendar.control.caldav.CanonicalHref;
import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.calendar.control.dav.CalDavNotFoundException;
import dev.tandem.calendar.control.dav.CalDavPreconditionFailedException;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ProviderItemStore;
import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemNotFoundException;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.spi.PreconditionFailedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provider side of two-way sync: the events (or tasks) of one CalDAV collection. Listing is incremental (see
 * {@link CollectionChanges}); members with a new ETag are downloaded in bulk with calendar-multiget (RFC 4791
 * §7.9) during {@link #list()}, so the sync's {@link #get} calls that follow cost nothing. Writes are conditional.
 * Failures of the listing propagate as {@link CalDavException} (the session cannot run); failures of one item's
 * read or write become {@link ItemStoreException}s (that item fails, the others go on). One instance per run.
 */
public final class CalDavItemStore implements ProviderItemStore {

    private static final int MULTIGET_BATCH = 100;

    private final CalDavClient client;
    private final URI collection;
    private final Set<String> kinds;
    private final CollectionStateStore stateStore;
    private final CollectionChanges changes;
    private final Map<String, FetchedItem> prefetched = new HashMap<>();
    private final List<String> unreadable = new ArrayList<>();
    private CollectionState state;

    /** @param kinds the items of this store: objects holding other components are left alone */
    public CalDavItemStore(CalDavClient client, URI collection, Set<ItemKind> kinds, CollectionStateStore stateStore) {
        this.client = client;
        this.collection = collection;
        this.kinds = kinds.stream().map(ItemKind::name).collect(java.util.stream.Collectors.toSet());
        this.stateStore = stateStore;
        this.changes = new CollectionChanges(client, collection);
    }

    @Override
    public Map<String, ItemRef> list() {
        CollectionState known = current();
        CollectionChanges.Listing listing = changes.read(known);
        var members = new LinkedHashMap<String, CollectionMember>();
        var toFetch = new ArrayList<String>();
        listing.etags().forEach((href, etag) -> {
            CollectionMember old = known.members().get(href);
            if (old != null && !etag.isEmpty() && old.etag().equals(etag)) {
                members.put(href, old);
            } else {
                toFetch.add(href);
            }
        });
        for (int from = 0; from < toFetch.size(); from += MULTIGET_BATCH) {
            fetch(toFetch.subList(from, Math.min(toFetch.size(), from + MULTIGET_BATCH)), members);
        }
        state = new CollectionState(listing.syncToken(), listing.ctag(), members);
        return byUid(members);
    }

    private void fetch(List<String> hrefs, Map<String, CollectionMember> members) {
        List<URI> uris = hrefs.stream().map(CanonicalHref::toUri).toList();
        for (CalendarObject object : client.multiget(collection, uris)) {
            String href = CanonicalHref.of(object.href());
            String uid = dev.tandem.sync.twoway.ICalendarText.findProperty(object.icalendar(), "UID")
                    .map(String::strip).orElse("");
            if (uid.isEmpty()) {
                unreadable.add(href);
            } else {
                prefetched.put(href, new FetchedItem(new ItemRef(href, object.etag()), object.icalendar()));
            }
            members.put(href, new CollectionMember(object.etag(), uid, CollectionMember.kindOf(object.icalendar())));
        }
    }

    private Map<String, ItemRef> byUid(Map<String, CollectionMember> members) {
        var items = new LinkedHashMap<String, ItemRef>();
        members.forEach((href, member) -> {
            if (!member.uid().isEmpty() && kinds.contains(member.kind())) {
                items.putIfAbsent(member.uid(), new ItemRef(href, member.etag()));
            }
        });
        return items;
    }

    @Override
    public FetchedItem get(String href) {
        FetchedItem cached = prefetched.get(href);
        if (cached != null) {
            return cached;
        }
        try {
            CalendarObject object = client.get(CanonicalHref.toUri(href));
            return new FetchedItem(new ItemRef(href, object.etag()), object.icalendar());
        } catch (CalDavNotFoundException e) {
            throw new ItemNotFoundException(href);
        } catch (CalDavException e) {
            throw new ItemStoreException(e.getMessage(), e);
        }
    }

    @Override
    public ItemRef create(String uid, String content) {
        try {
            CalendarObjectRef written = client.create(collection, uid, content);
            return remember(written, uid, content);
        } catch (CalDavPreconditionFailedException e) {
            throw new PreconditionFailedException("an item with UID " + uid + " already exists at the provider");
        } catch (CalDavException e) {
            throw new ItemStoreException(e.getMessage(), e);
        }
    }

    @Override
    public ItemRef update(String href, String content, String ifMatchEtag) {
        try {
            CalendarObjectRef written = client.update(CanonicalHref.toUri(href), content, ifMatchEtag);
            String uid = current().members().getOrDefault(href, new CollectionMember("", "", "")).uid();
            return remember(written, uid.isEmpty() ? uidOf(content) : uid, content);
        } catch (CalDavPreconditionFailedException | CalDavNotFoundException e) {
            throw new PreconditionFailedException(href + " changed or disappeared at the provider");
        } catch (CalDavException e) {
            throw new ItemStoreException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(String href, String ifMatchEtag) {
        try {
            client.delete(CanonicalHref.toUri(href), ifMatchEtag);
            prefetched.remove(href);
            state = current().withMember(href, null);
        } catch (CalDavPreconditionFailedException | CalDavNotFoundException e) {
            throw new PreconditionFailedException(href + " changed or disappeared at the provider");
        } catch (CalDavException e) {
            throw new ItemStoreException(e.getMessage(), e);
        }
    }

    /** Keeps what this run learnt of the collection for the next run; call after the run. */
    @Override
    public void saveState() {
        if (state != null) {
            stateStore.save(state);
        }
    }

    /** Hrefs found in this run's listing whose content has no UID: the sync cannot place them. */
    @Override
    public Map<String, String> unreadable() {
        var reasons = new LinkedHashMap<String, String>();
        unreadable.forEach(href -> reasons.put(href, "the calendar object at " + href
                + " has no UID (RFC 5545 §3.8.4.7) and cannot be synced"));
        return reasons;
    }

    private ItemRef remember(CalendarObjectRef written, String uid, String content) {
        String href = CanonicalHref.of(written.href());
        prefetched.remove(href);
        state = current().withMember(href, new CollectionMember(written.etag(), uid, CollectionMember.kindOf(content)));
        return new ItemRef(href, written.etag());
    }

    private static String uidOf(String content) {
        return dev.tandem.sync.twoway.ICalendarText.findProperty(content, "UID").map(String::strip).orElse("");
    }

    private CollectionState current() {
        if (state == null) {
            state = stateStore.find().orElse(CollectionState.UNKNOWN);
        }
        return state;
    }
}

package dev.tandem.calendar.control.collection;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.caldav.CalendarCollection;
import dev.tandem.calendar.control.caldav.CanonicalHref;
import dev.tandem.calendar.control.caldav.SyncCollectionResult;
import dev.tandem.calendar.control.dav.CalDavSyncTokenInvalidException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every member's ETag of a collection as cheaply as the server allows: changes since the sync-token when it
 * has sync-collection (RFC 6578), nothing at all when the ctag did not move, else a Depth 1 ETag listing.
 */
final class CollectionChanges {

    /** Every member's ETag now, by canonical href, with the cursor for the next time. */
    record Listing(Map<String, String> etags, String syncToken, String ctag) {
    }

    private final CalDavClient client;
    private final java.net.URI collection;

    CollectionChanges(CalDavClient client, java.net.URI collection) {
        this.client = client;
        this.collection = collection;
    }

    Listing read(CollectionState known) {
        Optional<String> token = known.findSyncToken();
        if (token.isPresent()) {
            try {
                return apply(known, client.syncCollection(collection, token.get()));
            } catch (CalDavSyncTokenInvalidException forgotten) {
                return read(CollectionState.UNKNOWN);
            }
        }
        CalendarCollection now = client.getCollection(collection);
        if (now.findSyncToken().isPresent()) {
            return apply(CollectionState.UNKNOWN, client.syncCollection(collection, null));
        }
        if (now.findCtag().isPresent() && now.findCtag().equals(known.findCtag())) {
            return new Listing(etagsOf(known), null, now.ctag());
        }
        var etags = new LinkedHashMap<String, String>();
        client.listItems(collection).forEach(ref -> etags.put(CanonicalHref.of(ref.href()), ref.etag()));
        return new Listing(etags, null, now.ctag());
    }

    private static Listing apply(CollectionState known, SyncCollectionResult changes) {
        Map<String, String> etags = etagsOf(known);
        changes.deleted().forEach(href -> etags.remove(CanonicalHref.of(href)));
        changes.changed().forEach(ref -> etags.put(CanonicalHref.of(ref.href()), ref.etag()));
        return new Listing(etags, changes.syncToken(), null);
    }

    private static Map<String, String> etagsOf(CollectionState known) {
        var etags = new LinkedHashMap<String, String>();
        known.members().forEach((href, member) -> etags.put(href, member.etag()));
        return etags;
    }
}

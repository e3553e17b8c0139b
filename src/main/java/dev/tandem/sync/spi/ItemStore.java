package dev.tandem.sync.spi;

import java.util.Map;
import java.util.Optional;

/**
 * One side of a two-way sync: a collection of iCalendar items keyed by UID (a CalDAV calendar, the CRM's events
 * of one user). Writes are conditional, as in CalDAV (RFC 4791 §5.3.2, RFC 9110 §13.1): the sync never
 * overwrites a version it has not seen. Every implementation passes {@code ItemStoreContract}.
 */
public interface ItemStore {

    /** Every item now in the collection, by UID. */
    Map<String, ItemRef> list();

    /** @throws ItemNotFoundException when nothing is at {@code href} */
    FetchedItem get(String href);

    /**
     * Stores a new item ({@code If-None-Match: *}).
     *
     * @throws PreconditionFailedException when an item with this UID already exists
     */
    ItemRef create(String uid, String content);

    /**
     * Replaces the item at {@code href} if it is still at {@code ifMatchEtag}.
     *
     * @throws PreconditionFailedException when the etag differs or the item is gone
     */
    ItemRef update(String href, String content, String ifMatchEtag);

    /**
     * Deletes the item at {@code href} if it is still at {@code ifMatchEtag}.
     *
     * @throws PreconditionFailedException when the etag differs or the item is gone
     */
    void delete(String href, String ifMatchEtag);

    /**
     * What the ledger should add about how this store holds {@code content} once written, e.g. a time it could
     * only guess; empty when nothing needs saying.
     */
    default Optional<String> findCaveat(String content) {
        return Optional.empty();
    }
}

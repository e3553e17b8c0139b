package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.spi.ItemNotFoundException;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.spi.PreconditionFailedException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ItemStore} must do for the two-way sync to be safe, run against each implementation: the
 * in-memory one, the CalDAV client against a real server, the CRM's database store. Subclasses give a fresh,
 * empty store and, if the store checks content, valid items.
 */
public abstract class ItemStoreContract {

    protected ItemStore store;

    /** A new, empty collection. */
    protected abstract ItemStore newStore();

    /** An iCalendar object (RFC 5545) with one event; override when the store needs more than this. */
    protected String newItem(String uid, String summary) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Contract test//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261130T090000Z", "DTSTART:20261201T090000Z",
                "DTEND:20261201T100000Z", "SUMMARY:" + summary, "END:VEVENT", "END:VCALENDAR", "");
    }

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void newStoreIsEmpty() {
        assertTrue(store.list().isEmpty());
    }

    @Test
    void createdItemIsListedAndReadable() {
        String uid = uid();
        ItemRef created = store.create(uid, newItem(uid, "Kick-off"));
        ItemRef listed = store.list().get(uid);
        assertEquals(created.href(), listed.href());
        assertFalse(listed.etag().isEmpty(), "a listing always has etags");
        String content = store.get(listed.href()).content();
        assertTrue(content.contains("SUMMARY:Kick-off"), content);
        assertTrue(content.contains(uid), content);
        assertEquals(listed.etag(), store.get(listed.href()).ref().etag());
    }

    @Test
    void uidWithAtSignAndPlusWorks() {
        String uid = uid() + "+x@google.com";
        store.create(uid, newItem(uid, "Invitation"));
        assertTrue(store.get(store.list().get(uid).href()).content().contains("SUMMARY:Invitation"));
    }

    @Test
    void twoItemsHaveTheirOwnHrefs() {
        String a = uid();
        String b = uid();
        store.create(a, newItem(a, "A"));
        store.create(b, newItem(b, "B"));
        assertEquals(2, store.list().size());
        assertNotEquals(store.list().get(a).href(), store.list().get(b).href());
    }

    @Test
    void createWithExistingUidFailsAndKeepsTheOriginal() {
        String uid = uid();
        store.create(uid, newItem(uid, "Original"));
        assertThrows(PreconditionFailedException.class, () -> store.create(uid, newItem(uid, "Intruder")));
        assertTrue(contentOf(uid).contains("SUMMARY:Original"));
    }

    @Test
    void updateWithCurrentEtagReplacesContentAndEtag() {
        String uid = uid();
        store.create(uid, newItem(uid, "Before"));
        ItemRef before = store.list().get(uid);
        store.update(before.href(), newItem(uid, "After"), before.etag());
        assertTrue(contentOf(uid).contains("SUMMARY:After"));
        assertNotEquals(before.etag(), store.list().get(uid).etag());
    }

    @Test
    void updateWithStaleEtagFailsAndChangesNothing() {
        String uid = uid();
        store.create(uid, newItem(uid, "One"));
        ItemRef first = store.list().get(uid);
        store.update(first.href(), newItem(uid, "Two"), first.etag());
        assertThrows(PreconditionFailedException.class,
                () -> store.update(first.href(), newItem(uid, "Stale write"), first.etag()));
        assertTrue(contentOf(uid).contains("SUMMARY:Two"));
    }

    @Test
    void updateOfDeletedItemFails() {
        String uid = uid();
        store.create(uid, newItem(uid, "Gone soon"));
        ItemRef ref = store.list().get(uid);
        store.delete(ref.href(), ref.etag());
        assertThrows(PreconditionFailedException.class,
                () -> store.update(ref.href(), newItem(uid, "Zombie"), ref.etag()));
        assertFalse(store.list().containsKey(uid));
    }

    @Test
    void deleteWithCurrentEtagRemovesTheItem() {
        String uid = uid();
        store.create(uid, newItem(uid, "Doomed"));
        ItemRef ref = store.list().get(uid);
        store.delete(ref.href(), ref.etag());
        assertFalse(store.list().containsKey(uid));
        assertThrows(ItemNotFoundException.class, () -> store.get(ref.href()));
    }

    @Test
    void deleteWithStaleEtagFailsAndKeepsTheItem() {
        String uid = uid();
        store.create(uid, newItem(uid, "v1"));
        ItemRef first = store.list().get(uid);
        store.update(first.href(), newItem(uid, "v2"), first.etag());
        assertThrows(PreconditionFailedException.class, () -> store.delete(first.href(), first.etag()));
        assertTrue(contentOf(uid).contains("SUMMARY:v2"));
    }

    @Test
    void getOfUnknownHrefFailsAsNotFound() {
        String uid = uid();
        store.create(uid, newItem(uid, "Neighbour"));
        String missing = hrefOfNothing(store.list().get(uid).href());
        ItemStoreException e = assertThrows(ItemStoreException.class, () -> store.get(missing));
        assertTrue(e instanceof ItemNotFoundException, e.getClass().getName());
    }

    @Test
    void recreateAfterDeleteWorks() {
        String uid = uid();
        store.create(uid, newItem(uid, "First life"));
        ItemRef ref = store.list().get(uid);
        store.delete(ref.href(), ref.etag());
        store.create(uid, newItem(uid, "Second life"));
        assertTrue(contentOf(uid).contains("SUMMARY:Second life"));
    }

    /** An href of the store's form at which nothing is, made from one that holds an item. */
    protected String hrefOfNothing(String existingHref) {
        return existingHref.replace(".ics", "-missing.ics");
    }

    protected String contentOf(String uid) {
        return store.get(store.list().get(uid).href()).content();
    }

    protected static String uid() {
        return UUID.randomUUID().toString();
    }
}

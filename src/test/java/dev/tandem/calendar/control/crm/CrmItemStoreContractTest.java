package dev.tandem.calendar.control.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.twoway.ItemStoreContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CRM store passes the contract every store must pass. Its persistence is {@link InMemoryCrmCalendarRows}
 * (no container here); the JPA implementation is exercised by {@code CalendarSyncIT}.
 */
class CrmItemStoreContractTest extends ItemStoreContract {

    private final InMemoryCrmCalendarRows rows = new InMemoryCrmCalendarRows();

    @Override
    protected ItemStore newStore() {
        return new CrmItemStore(rows, 7, ItemKind.EVENT, new CalendarIdentity(Set.of("alice@tandem.test")),
                new ICalendarCodec());
    }

    @Test
    void unreadableContentFailsAloneAndStoresNothing() {
        assertThrows(ItemStoreException.class, () -> store.create("u1", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        assertTrue(store.list().isEmpty());
    }

    @Test
    void aTaskIsRefusedByTheEventStore() {
        String task = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//T//EN", "BEGIN:VTODO",
                "UID:t1", "DTSTAMP:20261130T090000Z", "SUMMARY:Call back", "END:VTODO", "END:VCALENDAR", "");
        assertThrows(ItemStoreException.class, () -> store.create("t1", task));
    }

    @Test
    void anotherUsersStoreDoesNotSeeTheItems() {
        store.create("mine", newItem("mine", "Mine"));
        var other = new CrmItemStore(rows, 8, ItemKind.EVENT, new CalendarIdentity(Set.of()), new ICalendarCodec());
        assertTrue(other.list().isEmpty());
        String href = store.list().get("mine").href();
        assertThrows(dev.tandem.sync.spi.ItemNotFoundException.class, () -> other.get(href));
    }

    @Test
    void addedItemsAreRememberedForTheNotification() {
        store.create("new", newItem("new", "Lunch with Ana"));
        assertEquals("Lunch with Ana", ((CrmItemStore) store).added().get(0).summary());
    }
}

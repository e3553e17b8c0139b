package dev.tandem.calendar.control.collection;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.twoway.ItemStoreContract;
import dev.tandem.testsupport.RadicaleServer;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The CalDAV store passes the contract every store must pass, against a real Radicale. */
class CalDavItemStoreContractTest extends ItemStoreContract {

    private static final AtomicInteger CALENDARS = new AtomicInteger();
    private static RadicaleServer radicale;

    @BeforeAll
    static void startRadicale() {
        radicale = RadicaleServer.start();
        radicale.addUser("ana", "ana-pass");
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @Override
    protected ItemStore newStore() {
        var calendar = radicale.createCalendar("ana", "c" + CALENDARS.incrementAndGet(), "Work", "VEVENT", "VTODO");
        return new CalDavItemStore(new CalDavClient(new CalDavCredentials("ana", "ana-pass")), calendar,
                Set.of(ItemKind.EVENT), CollectionStateStore.inMemory());
    }
}

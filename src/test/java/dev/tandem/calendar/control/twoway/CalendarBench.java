package dev.tandem.calendar.control.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.collection.CalDavItemStore;
import dev.tandem.calendar.control.collection.CollectionStateStore;
import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.crm.InMemoryCrmCalendarRows;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.twoway.InMemoryStatusStore;
import dev.tandem.testsupport.RadicaleServer;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of normal runs; {@code bench/calendar-sync.sh} runs it): 2,000
 * events, one in ten a weekly series, in a real Radicale; the first two-way sync into an empty CRM calendar and a
 * sync without changes. The CRM side is the in-memory persistence double, so the figures cover CalDAV, the sync
 * core and iCalendar parsing, not the database.
 */
@Tag("bench")
class CalendarBench {

    private static final int EVENTS = Integer.getInteger("bench.events", 2000);

    @Test
    void firstSyncAndNoChangeSync() {
        try (var radicale = RadicaleServer.start()) {
            radicale.addUser("bench", "bench-pass");
            URI calendar = radicale.createCalendar("bench", "work", "Work", "VEVENT");
            var client = new CalDavClient(new CalDavCredentials("bench", "bench-pass"));
            long loadStart = System.nanoTime();
            IntStream.range(0, EVENTS).parallel().forEach(i -> client.create(calendar, "bench-" + i, event(i)));
            report("loaded", loadStart, EVENTS);

            var rows = new InMemoryCrmCalendarRows();
            var statuses = new InMemoryStatusStore();
            var state = CollectionStateStore.inMemory();
            var added = new AtomicInteger();
            long first = System.nanoTime();
            run(client, calendar, rows, statuses, state, added);
            report("first two-way sync", first, EVENTS);
            assertEquals(EVENTS, rows.list(7, ItemKind.EVENT).size());

            long again = System.nanoTime();
            run(client, calendar, rows, statuses, state, added);
            report("no-change sync", again, EVENTS);
            assertEquals(EVENTS, added.get(), "the no-change sync added nothing");
        }
    }

    private static void run(CalDavClient client, URI calendar, InMemoryCrmCalendarRows rows,
                            InMemoryStatusStore statuses, CollectionStateStore state, AtomicInteger added) {
        var me = new CalendarIdentity(Set.of("bench@tandem.test"));
        var crm = new CrmItemStore(rows, 7, ItemKind.EVENT, me, new ICalendarCodec());
        var provider = new CalDavItemStore(client, calendar, Set.of(ItemKind.EVENT), state);
        new KindSync(ItemKind.EVENT, crm, provider, statuses, (k, r, s, o, why) -> { }, 0.5,
                event -> added.incrementAndGet()).run();
    }

    private static void report(String what, long startNanos, int events) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("BENCH %-20s %5d events in %7.2f s = %8.1f events/s%n", what, events, seconds,
                events / seconds);
    }

    private static String event(int i) {
        int day = 1 + i % 28;
        String rule = i % 10 == 0 ? "RRULE:FREQ=WEEKLY;COUNT=10\r\n" : "";
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\nBEGIN:VEVENT\r\nUID:bench-" + i
                + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Europe/Madrid:202612" + String.format("%02d", day)
                + "T" + String.format("%02d", 8 + i % 10) + "0000\r\nDURATION:PT1H\r\n" + rule + "SUMMARY:Meeting "
                + i + "\r\nORGANIZER:mailto:bench@tandem.test\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:c" + i
                + "@acme.com\r\nX-BENCH:" + i + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}

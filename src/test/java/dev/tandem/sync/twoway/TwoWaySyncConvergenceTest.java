package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.Side;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * vdirsyncer's state-machine test, in small: users edit and delete on both sides between runs, and after each
 * run both sides hold the same items with the same content, and a further run has nothing to do.
 */
class TwoWaySyncConvergenceTest {

    enum Edit { PUT, DELETE }

    record Operation(Side side, Edit edit, int item, String summary) {
    }

    @Property(tries = 300)
    void sidesConvergeAfterEveryRun(@ForAll("rounds") List<List<Operation>> rounds) {
        InMemoryItemStore crm = new InMemoryItemStore("crm");
        InMemoryItemStore provider = new InMemoryItemStore("provider");
        TwoWaySync sync = TwoWaySync.withDefaults(new SyncStores(crm, provider), new InMemoryStatusStore(),
                new RecordingLedger());
        int[] clock = {0};
        for (List<Operation> round : rounds) {
            round.forEach(op -> apply(op, op.side() == Side.CRM ? crm : provider, clock));
            SyncReport report = sync.run();
            Statistics.collect(report.wasRefused() ? "guard refused" : "synced");
            Assume.that(!report.wasRefused());
            assertEquals(0, report.count(SyncOutcome.FAILED), report.toString());
            assertEquals(meaning(crm), meaning(provider));
        }
        SyncReport settled = sync.run();
        assertTrue(settled.results().isEmpty(), "nothing left to do: " + settled);
    }

    /** Item text up to what servers rewrite anyway (stamps, PRODID, line order): see {@link ContentHasher}. */
    private static Map<String, String> meaning(InMemoryItemStore store) {
        var hashes = new TreeMap<String, String>();
        store.contents().forEach((uid, text) -> hashes.put(uid, new ContentHasher().hash(text)));
        return hashes;
    }

    private static void apply(Operation op, InMemoryItemStore store, int[] clock) {
        String uid = "item-" + op.item() + "@tandem.test";
        if (op.edit() == Edit.DELETE) {
            store.remove(uid);
        } else {
            String edited = String.format("20261201T%02d%02d00Z", clock[0] / 60 % 24, clock[0] % 60);
            clock[0]++;
            store.put(uid, Items.event(uid, op.summary(), "20261130T090000Z", edited));
        }
    }

    @Provide
    Arbitrary<List<List<Operation>>> rounds() {
        Arbitrary<Operation> operation = Combinators.combine(
                Arbitraries.of(Side.class),
                Arbitraries.frequency(Tuple.of(3, Edit.PUT), Tuple.of(1, Edit.DELETE)),
                Arbitraries.integers().between(0, 7),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)).as(Operation::new);
        return operation.list().ofMaxSize(10).list().ofMinSize(1).ofMaxSize(5);
    }
}

package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.ItemStoreException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two in-memory sides synced the way a user would see it: what appears, changes and disappears where. */
class TwoWaySyncTest {

    private final InMemoryItemStore crm = new InMemoryItemStore("crm");
    private final InterceptedItemStore provider = new InterceptedItemStore(new InMemoryItemStore("provider"));
    private final InMemoryStatusStore statuses = new InMemoryStatusStore();
    private final RecordingLedger ledger = new RecordingLedger();
    private final TwoWaySync sync = TwoWaySync.withDefaults(new SyncStores(crm, provider), statuses, ledger);

    @Test
    void eventCreatedInCrmAppearsAtProvider() {
        crm.put("e1", Items.event("e1", "Demo for Acme"));
        SyncReport report = sync.run();
        assertEquals(crm.findContent("e1"), provider.delegate.findContent("e1"));
        assertEquals(1, report.count(SyncOutcome.ADDED));
        assertEquals(new RecordingLedger.Entry(ItemKind.EVENT, "e1", "Demo for Acme", SyncOutcome.ADDED,
                "new in the CRM"), ledger.only());
    }

    @Test
    void whatTheTargetCouldOnlyApproximateIsSaidInTheLedger() {
        crm.sayAboutWrites(content -> content.contains("Nowhere") ? Optional.of("time zone unknown") : Optional.empty());
        provider.delegate.put("e1", Items.event("e1", "Meeting in Nowhere"));
        provider.delegate.put("e2", Items.event("e2", "Meeting in Madrid"));
        sync.run();
        assertEquals(List.of("new at the provider; time zone unknown", "new at the provider"),
                ledger.entries.stream().map(RecordingLedger.Entry::reason).toList());
    }

        @Test
    void taskCreatedAtProviderAppearsInCrmAsTask() {
        provider.delegate.put("t1", Items.task("t1", "Call Ana"));
        sync.run();
        assertEquals(provider.delegate.findContent("t1"), crm.findContent("t1"));
        assertEquals(ItemKind.TASK, ledger.only().kind());
        assertEquals("new at the provider", ledger.only().reason());
    }

    @Test
    void changesTravelBothWays() {
        crm.put("e1", Items.event("e1", "v1"));
        provider.delegate.put("e2", Items.event("e2", "w1"));
        sync.run();
        crm.put("e1", Items.event("e1", "v2"));
        provider.delegate.put("e2", Items.event("e2", "w2"));
        ledger.entries.clear();
        SyncReport report = sync.run();
        assertEquals(Optional.of(Items.event("e1", "v2")), provider.delegate.findContent("e1"));
        assertEquals(Optional.of(Items.event("e2", "w2")), crm.findContent("e2"));
        assertEquals(2, report.count(SyncOutcome.UPDATED));
        assertEquals(List.of("changed in the CRM", "changed at the provider"),
                ledger.entries.stream().map(RecordingLedger.Entry::reason).toList());
    }

    @Test
    void deletionsTravelBothWaysAndTheLedgerNamesTheItem() {
        crm.put("e1", Items.event("e1", "Lunch"));
        crm.put("e2", Items.event("e2", "Dinner"));
        sync.run();
        crm.remove("e1");
        provider.delegate.remove("e2");
        ledger.entries.clear();
        sync.run();
        assertTrue(crm.contents().isEmpty());
        assertTrue(provider.delegate.contents().isEmpty());
        assertTrue(statuses.loadAll().isEmpty());
        assertEquals(List.of("Lunch: deleted at the CRM", "Dinner: deleted at the provider"),
                ledger.entries.stream().map(e -> e.summary() + ": " + e.reason()).toList());
    }

    @Test
    void ownWritesDoNotComeBack() {
        crm.put("e1", Items.event("e1", "Quiet"));
        sync.run();
        ledger.entries.clear();
        SyncReport second = sync.run();
        assertTrue(second.results().isEmpty(), second.toString());
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void serverRewriteWithoutEtagIsNotTakenForAChange() {
        provider.serverRewrite = text -> text.replace("PRODID:-//Tandem//Test//EN", "PRODID:-//Server//EN")
                .replace("DTSTAMP:20261130T090000Z", "DTSTAMP:20261130T093000Z");
        crm.put("e1", Items.event("e1", "Rewritten by the server"));
        sync.run();
        ledger.entries.clear();
        SyncReport second = sync.run();
        assertEquals(List.of(SyncOutcome.SKIPPED), second.results().stream().map(ItemResult::outcome).toList());
        assertEquals(Optional.of(Items.event("e1", "Rewritten by the server")), crm.findContent("e1"));
        assertEquals(List.of("new etag, same content"), ledger.entries.stream().map(RecordingLedger.Entry::reason)
                .toList(), "the item the second run looked at is in the ledger, as skipped");
        ledger.entries.clear();
        assertTrue(sync.run().results().isEmpty(), "status refreshed: third run has nothing to do");
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void itemChangedInCrmButDeletedAtProviderIsRestored() {
        crm.put("e1", Items.event("e1", "v1"));
        crm.put("e2", Items.event("e2", "stays"));
        sync.run();
        crm.put("e1", Items.event("e1", "v2"));
        provider.delegate.remove("e1");
        ledger.entries.clear();
        sync.run();
        assertEquals("deleted at the provider but changed in the CRM since: restored", ledger.only().reason());
        assertEquals(Optional.of(Items.event("e1", "v2")), provider.delegate.findContent("e1"));
    }

    @Test
    void failingItemIsRecordedAndTheOthersStillSync() {
        provider.hook = uid -> {
            if (uid.equals("bad")) {
                throw new ItemStoreException("server said 500");
            }
        };
        crm.put("a", Items.event("a", "A"));
        crm.put("bad", Items.event("bad", "Broken"));
        crm.put("z", Items.event("z", "Z"));
        SyncReport report = sync.run();
        assertEquals(2, report.count(SyncOutcome.ADDED));
        RecordingLedger.Entry failed = ledger.entries.get(1);
        assertEquals(SyncOutcome.FAILED, failed.outcome());
        assertEquals("could not sync this item (server said 500); the next run tries again", failed.reason());
        assertFalse(statuses.loadAll().containsKey("bad"), "no status without a successful write");

        provider.hook = uid -> { };
        sync.run();
        assertEquals(crm.contents(), provider.delegate.contents());
    }

    @Test
    void conflictOnProviderItemKeepsTheProvidersCopy() {
        provider.delegate.put("inv", Items.event("inv", "Board meeting"));
        sync.run();
        crm.put("inv", Items.event("inv", "My notes", "20261130T090000Z", "20261202T120000Z"));
        provider.delegate.put("inv", Items.event("inv", "Board meeting moved", "20261130T090000Z", "20261201T080000Z"));
        ledger.entries.clear();
        sync.run();
        assertEquals(provider.delegate.findContent("inv"), crm.findContent("inv"));
        assertTrue(ledger.only().reason().contains("the item came from the provider"), ledger.only().reason());
    }

    @Test
    void conflictOnCrmItemKeepsTheLaterEdit() {
        crm.put("c1", Items.event("c1", "v1"));
        crm.put("c2", Items.event("c2", "v1"));
        sync.run();
        crm.put("c1", Items.event("c1", "crm later", "20261130T090000Z", "20261202T120000Z"));
        provider.delegate.put("c1", Items.event("c1", "provider earlier", "20261130T090000Z", "20261202T110000Z"));
        crm.put("c2", Items.event("c2", "crm earlier", "20261130T090000Z", "20261202T110000Z"));
        provider.delegate.put("c2", Items.event("c2", "provider later", "20261130T090000Z", "20261202T120000Z"));
        sync.run();
        assertTrue(provider.delegate.findContent("c1").orElseThrow().contains("SUMMARY:crm later"));
        assertTrue(crm.findContent("c2").orElseThrow().contains("SUMMARY:provider later"));
    }

    @Test
    void lostRaceIsRetriedAfterReReading() {
        crm.put("e1", Items.event("e1", "v1"));
        sync.run();
        crm.put("e1", Items.event("e1", "v2"));
        provider.hook = href -> {
            provider.hook = again -> { };
            provider.delegate.put("e1", Items.event("e1", "v1", "20261130T100000Z", null));
        };
        int before = provider.writeAttempts;
        SyncReport report = sync.run();
        assertEquals(2, provider.writeAttempts - before, "one update lost the race, the retried one won");
        assertEquals(1, report.count(SyncOutcome.UPDATED));
        assertEquals(Optional.of(Items.event("e1", "v2")), provider.delegate.findContent("e1"));
    }

    @Test
    void itemThatKeepsChangingFailsAfterBoundedTries() {
        crm.put("e1", Items.event("e1", "v1"));
        sync.run();
        crm.put("e1", Items.event("e1", "v2"));
        int[] stamp = {10};
        provider.hook = href -> provider.delegate.put("e1",
                Items.event("e1", "v1", "20261130T" + (stamp[0]++) + "0000Z", null));
        int before = provider.writeAttempts;
        SyncReport report = sync.run();
        assertEquals(TwoWaySync.DEFAULT_ATTEMPTS, provider.writeAttempts - before);
        assertEquals(1, report.count(SyncOutcome.FAILED));
        assertTrue(ledger.entries.get(ledger.entries.size() - 1).reason().contains("kept changing"));
    }

    @Test
    void emptiedProviderIsRefusedAndNothingIsDeleted() {
        for (int i = 0; i < 5; i++) {
            crm.put("e" + i, Items.event("e" + i, "Keep me " + i));
        }
        sync.run();
        for (int i = 0; i < 5; i++) {
            provider.delegate.remove("e" + i);
        }
        SyncReport report = sync.run();
        assertTrue(report.wasRefused());
        assertTrue(report.refusal().orElseThrow().startsWith("The provider suddenly lists no items"));
        assertTrue(crm.findContent("e0").isPresent());
    }

    @Test
    void deletingTheOnlyEventOnOneSideDeletesItOnTheOther() {
        crm.put("e1", Items.event("e1", "Only one"));
        sync.run();
        provider.delegate.remove("e1");
        SyncReport report = sync.run();
        assertFalse(report.wasRefused());
        assertTrue(crm.findContent("e1").isEmpty());
    }

    @Test
    void massDeletionIsRefusedAndNothingIsDeleted() {
        for (int i = 0; i < 6; i++) {
            crm.put("e" + i, Items.event("e" + i, "Event " + i));
        }
        sync.run();
        for (int i = 0; i < 4; i++) {
            provider.delegate.remove("e" + i);
        }
        SyncReport report = sync.run();
        assertEquals(Optional.of("this sync would delete 4 of 6 items in the CRM (more than 50 %); nothing was"
                + " changed."), report.refusal());
        assertEquals(6, crm.contents().size());
    }
}

package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import dev.tandem.sync.twoway.SyncAction.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows of the decision table, from versions alone (no store involved). */
class TwoWayPlannerTest {

    private final TwoWayPlanner planner = new TwoWayPlanner(conflict -> new ConflictResolution(Side.CRM, "test"));
    private final Map<String, ItemStatus> statuses = new HashMap<>();
    private final Map<String, ItemVersion> crm = new HashMap<>();
    private final Map<String, ItemVersion> provider = new HashMap<>();

    @Test
    void unchangedItemNeedsNothing() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c1", "h"));
        provider.put("u", v("p1", "h"));
        assertEquals(Optional.empty(), plan());
    }

    @Test
    void newEtagWithSameContentOnlyRefreshesTheStatus() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c1", "h"));
        provider.put("u", v("p2", "h"));
        assertEquals(Optional.of(Kind.REFRESH_STATUS), plan());
    }

    @Test
    void unchangedEtagMeansUnchangedWhateverTheHash() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c1", "h"));
        provider.put("u", v("p1", "other"));
        assertEquals(Optional.empty(), plan(), "an unchanged etag means unchanged, whatever the hash");
    }

    @Test
    void changeOnOneSideUpdatesTheOther() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c2", "h2"));
        provider.put("u", v("p1", "h"));
        assertEquals(Optional.of(Kind.UPDATE_PROVIDER), plan());
        crm.put("u", v("c1", "h"));
        provider.put("u", v("p2", "h2"));
        assertEquals(Optional.of(Kind.UPDATE_CRM), plan());
    }

    @Test
    void sameChangeOnBothSidesIsNoConflict() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c2", "h2"));
        provider.put("u", v("p2", "h2"));
        assertEquals(Optional.of(Kind.REFRESH_STATUS), plan());
    }

    @Test
    void differentChangesGoToThePolicy() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c2", "h2"));
        provider.put("u", v("p2", "h3"));
        assertEquals(Optional.of(Kind.UPDATE_PROVIDER), plan(), "the test policy lets the CRM win");
    }

    @Test
    void goneOnBothSidesForgetsTheStatus() {
        known("u", v("c1", "h"), v("p1", "h"));
        assertEquals(Optional.of(Kind.FORGET_STATUS), plan());
    }

    @Test
    void unchangedItemDeletedOnOneSideIsDeletedOnTheOther() {
        known("u", v("c1", "h"), v("p1", "h"));
        crm.put("u", v("c1", "h"));
        assertEquals(Optional.of(Kind.DELETE_ON_CRM), plan());
    }

    @Test
    void newItemsAreCopiedAndIdenticalNewItemsOnlyRecorded() {
        crm.put("u", v("c1", "h"));
        assertEquals(Optional.of(Kind.COPY_TO_PROVIDER), plan());
        provider.put("u", v("p1", "h"));
        assertEquals(Optional.of(Kind.REFRESH_STATUS), plan());
        crm.remove("u");
        assertEquals(Optional.of(Kind.COPY_TO_CRM), plan());
    }

    @Test
    void planCoversEveryUidInOrder() {
        crm.put("b", v("c1", "h"));
        provider.put("a", v("p1", "h"));
        List<SyncAction> plan = planner.plan(snapshot());
        assertEquals(List.of("a", "b"), plan.stream().map(SyncAction::uid).toList());
    }

    private Optional<Kind> plan() {
        return planner.planOne("u", snapshot()).map(SyncAction::kind);
    }

    private SyncSnapshot snapshot() {
        return new SyncSnapshot(statuses, new SideSnapshot(crm, Map.of()), new SideSnapshot(provider, Map.of()));
    }

    private void known(String uid, ItemVersion crmVersion, ItemVersion providerVersion) {
        statuses.put(uid, new ItemStatus(uid, Side.CRM, crmVersion, providerVersion));
    }

    private static ItemVersion v(String etag, String hash) {
        return new ItemVersion("/" + etag.charAt(0) + "/u.ics", etag, hash);
    }
}

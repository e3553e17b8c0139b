package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MassDeletionGuardTest {

    private final MassDeletionGuard guard = MassDeletionGuard.defaults();

    @Test
    void deletingHalfIsAllowedMoreIsRefused() {
        assertTrue(guard.check(synced(10), deletions(Side.CRM, 5)).allowed());
        assertFalse(guard.check(synced(10), deletions(Side.CRM, 6)).allowed());
        assertFalse(guard.check(synced(10), deletions(Side.PROVIDER, 6)).allowed());
    }

    @Test
    void smallCalendarsMayLoseEverything() {
        assertTrue(guard.check(synced(4), deletions(Side.PROVIDER, 4)).allowed());
    }

    @Test
    void thresholdsAreConfigurable() {
        assertFalse(new MassDeletionGuard(0.2, 2).check(synced(4), deletions(Side.CRM, 1 + 1)).allowed());
    }

    @Test
    void suddenlyEmptySideIsRefusedButTwoEmptySidesAreNot() {
        SyncSnapshot crmEmptied = new SyncSnapshot(statuses(5), new SideSnapshot(Map.of(), Map.of()),
                new SideSnapshot(versions(5), Map.of()));
        assertFalse(guard.check(crmEmptied, List.of()).allowed());
        SyncSnapshot bothEmpty = new SyncSnapshot(statuses(5), new SideSnapshot(Map.of(), Map.of()),
                new SideSnapshot(Map.of(), Map.of()));
        assertTrue(guard.check(bothEmpty, List.of()).allowed());
    }

    @Test
    void deletingTheOnlyEventOfASmallCalendarIsTheUsersWish() {
        SyncSnapshot onlyEventDeleted = new SyncSnapshot(statuses(1), new SideSnapshot(Map.of(), Map.of()),
                new SideSnapshot(versions(1), Map.of()));
        assertTrue(guard.check(onlyEventDeleted, deletions(Side.PROVIDER, 1)).allowed());
    }

    private static SyncSnapshot synced(int items) {
        return new SyncSnapshot(statuses(items), new SideSnapshot(versions(items), Map.of()),
                new SideSnapshot(versions(items), Map.of()));
    }

    private static List<SyncAction> deletions(Side side, int count) {
        var plan = new ArrayList<SyncAction>();
        for (int i = 0; i < count; i++) {
            plan.add(new SyncAction(SyncAction.Kind.deleteOn(side), "u" + i, "deleted"));
        }
        return plan;
    }

    private static Map<String, ItemStatus> statuses(int items) {
        var statuses = new HashMap<String, ItemStatus>();
        versions(items).forEach((uid, v) -> statuses.put(uid, new ItemStatus(uid, Side.CRM, v, v)));
        return statuses;
    }

    private static Map<String, ItemVersion> versions(int items) {
        var versions = new HashMap<String, ItemVersion>();
        for (int i = 0; i < items; i++) {
            versions.put("u" + i, new ItemVersion("/u" + i + ".ics", "e", "h"));
        }
        return versions;
    }
}

package dev.tandem.sync.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FolderPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final FolderPlanner planner = new FolderPlanner(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(90));
    private final FolderCursor cursor = new FolderCursor("INBOX", 7, 41, 0);

    @Test
    void firstSyncReadsOnlyTheWindow() {
        FolderPlan plan = planner.plan("INBOX", Optional.empty(), new FolderStatus(7, 500, 0));
        assertEquals(FolderSyncKind.FIRST_SYNC, plan.kind());
        assertEquals(Optional.of(Instant.parse("2026-09-01T10:00:00Z")), plan.since());
        assertEquals(FolderCursor.start("INBOX", 7), plan.cursorToKeep());
        assertTrue(plan.checkMessageIds());
    }

    @Test
    void incrementalFetchesAboveTheCursor() {
        FolderPlan plan = planner.plan("INBOX", Optional.of(cursor), new FolderStatus(7, 45, 0));
        assertEquals(FolderSyncKind.INCREMENTAL, plan.kind());
        assertEquals(41, plan.fetchAfterUid());
        assertEquals(Optional.empty(), plan.since());
        assertEquals(cursor, plan.cursorToKeep());
        assertFalse(plan.checkMessageIds());
    }

    @Test
    void nothingNewFetchesNothing() {
        FolderPlan plan = planner.plan("INBOX", Optional.of(cursor), new FolderStatus(7, 42, 0));
        assertEquals(FolderSyncKind.NOTHING_NEW, plan.kind());
        assertFalse(plan.needsFetch());
    }

    @Test
    void newUidValidityRescansWithAFreshCursorAndChecksMessageIds() {
        FolderPlan plan = planner.plan("INBOX", Optional.of(cursor), new FolderStatus(9, 42, 0));
        assertEquals(FolderSyncKind.RESCAN, plan.kind());
        assertEquals(FolderCursor.start("INBOX", 9), plan.cursorToKeep());
        assertEquals(0, plan.fetchAfterUid());
        assertTrue(plan.since().isPresent());
        assertTrue(plan.checkMessageIds());
        assertTrue(plan.reason().contains("from 7 to 9"), plan.reason());
    }
}

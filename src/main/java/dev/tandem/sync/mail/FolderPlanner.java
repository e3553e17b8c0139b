package dev.tandem.sync.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides how to read a folder from the stored cursor and what the server reports now, the way mbsync does:
 * UIDs are trusted only under the UIDVALIDITY they were recorded with (RFC 9051 §2.3.1.1).
 */
public final class FolderPlanner {

    private final Clock clock;
    private final Duration firstSyncWindow;

    /** @param firstSyncWindow how far back the first sync and a rescan reach, e.g. 90 days */
    public FolderPlanner(Clock clock, Duration firstSyncWindow) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (firstSyncWindow.isNegative() || firstSyncWindow.isZero()) {
            throw new IllegalArgumentException("the first-sync window must be positive");
        }
        this.firstSyncWindow = firstSyncWindow;
    }

    public FolderPlan plan(String folder, Optional<FolderCursor> stored, FolderStatus now) {
        if (stored.isEmpty()) {
            return windowed(FolderSyncKind.FIRST_SYNC, folder, now,
                    "first sync: reading the last " + firstSyncWindow.toDays() + " days");
        }
        FolderCursor cursor = stored.get();
        if (!cursor.isValidFor(now)) {
            return windowed(FolderSyncKind.RESCAN, folder, now, "UIDVALIDITY changed from " + cursor.uidValidity()
                    + " to " + now.uidValidity() + ": rescanning, already logged mail is recognised by Message-ID");
        }
        if (!cursor.isBehind(now)) {
            return new FolderPlan(FolderSyncKind.NOTHING_NEW, cursor.lastUid(), Optional.empty(), cursor, false,
                    "nothing new since UID " + cursor.lastUid());
        }
        return new FolderPlan(FolderSyncKind.INCREMENTAL, cursor.lastUid(), Optional.empty(), cursor, false,
                "reading messages after UID " + cursor.lastUid());
    }

    private FolderPlan windowed(FolderSyncKind kind, String folder, FolderStatus now, String reason) {
        Instant since = clock.instant().minus(firstSyncWindow);
        return new FolderPlan(kind, 0, Optional.of(since), FolderCursor.start(folder, now.uidValidity()), true, reason);
    }
}

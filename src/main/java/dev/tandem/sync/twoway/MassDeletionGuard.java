package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.Side;
import java.util.List;

/**
 * Refuses a plan that looks like an accident rather than a user's wish: a side that suddenly lists nothing
 * while the other still has items (an emptied or wrongly configured calendar; vdirsyncer's "storage is empty"
 * guard), or deleting more than a share of the items a side had. Nothing is written; the user decides. Both rules
 * apply from {@code minItems} known items on: a user who deletes the only event of a new calendar means it, and
 * refusing would stall their sync for good.
 */
public final class MassDeletionGuard {

    private final double maxDeletedShare;
    private final int minItems;

    /**
     * @param maxDeletedShare the share of a side's items one run may delete, e.g. 0.5
     * @param minItems        with fewer items in sync than this, neither rule refuses
     */
    public MassDeletionGuard(double maxDeletedShare, int minItems) {
        if (maxDeletedShare < 0 || maxDeletedShare > 1 || minItems < 1) {
            throw new IllegalArgumentException("share must be within 0..1 and minItems at least 1");
        }
        this.maxDeletedShare = maxDeletedShare;
        this.minItems = minItems;
    }

    /** At most half of the items of a side with 5 or more. */
    public static MassDeletionGuard defaults() {
        return new MassDeletionGuard(0.5, 5);
    }

    public GuardVerdict check(SyncSnapshot snapshot, List<SyncAction> plan) {
        int known = snapshot.statuses().size();
        if (known < minItems) {
            return GuardVerdict.allow();
        }
        for (Side side : Side.values()) {
            if (snapshot.side(side).isEmpty() && !snapshot.side(side.other()).isEmpty()) {
                return GuardVerdict.refuse(capitalised(side.label()) + " suddenly lists no items while " + known
                        + " were in sync before; nothing was changed. Check the calendar, or reset the sync"
                        + " to copy everything again.");
            }
        }
        for (Side side : Side.values()) {
            long deletions = plan.stream().filter(a -> a.kind() == SyncAction.Kind.deleteOn(side)).count();
            if (deletions > maxDeletedShare * known) {
                return GuardVerdict.refuse("this sync would delete " + deletions + " of " + known + " items in "
                        + side.label() + " (more than " + Math.round(maxDeletedShare * 100) + " %); nothing was"
                        + " changed.");
            }
        }
        return GuardVerdict.allow();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

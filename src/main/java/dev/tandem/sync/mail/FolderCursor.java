package dev.tandem.sync.mail;

import java.util.Objects;

/**
 * How far the sync has read one folder, as mbsync keeps it: the UIDVALIDITY the UIDs belong to, the highest UID
 * already handled and, with CONDSTORE (RFC 7162), the highest mod-sequence seen. A cursor only moves forward; a
 * new UIDVALIDITY starts a new cursor instead of rewinding this one.
 *
 * @param lastUid       the highest UID whose message has been handled (logged or skipped), 0 before any
 * @param highestModSeq 0 when unknown or when the server has no CONDSTORE
 */
public record FolderCursor(String folder, long uidValidity, long lastUid, long highestModSeq) {

    public FolderCursor {
        Objects.requireNonNull(folder, "folder");
        if (uidValidity <= 0 || lastUid < 0 || highestModSeq < 0) {
            throw new IllegalArgumentException("a cursor needs a positive UIDVALIDITY and non-negative positions");
        }
    }

    /** A cursor for a folder nothing has been read from yet under this UIDVALIDITY. */
    public static FolderCursor start(String folder, long uidValidity) {
        return new FolderCursor(folder, uidValidity, 0, 0);
    }

    /** This cursor moved to {@code uid}, or unchanged when it is already there or further. */
    public FolderCursor advancedTo(long uid) {
        return uid <= lastUid ? this : new FolderCursor(folder, uidValidity, uid, highestModSeq);
    }

    /** This cursor with the larger of both mod-sequences: a late, smaller value never rewinds it. */
    public FolderCursor withHighestModSeq(long modSeq) {
        return modSeq <= highestModSeq ? this : new FolderCursor(folder, uidValidity, lastUid, modSeq);
    }

    public boolean isValidFor(FolderStatus status) {
        return status.uidValidity() == uidValidity;
    }

    /**
     * Whether the server may hold something this cursor has not covered: another UIDVALIDITY, a UID above
     * {@link #lastUid()} (or an unknown UIDNEXT, which can hide one) or a higher mod-sequence.
     */
    public boolean isBehind(FolderStatus status) {
        return !isValidFor(status) || hasNewUids(status) || status.highestModSeq() > highestModSeq;
    }

    public boolean hasNewUids(FolderStatus status) {
        return !status.knowsUidNext() || status.uidNext() > lastUid + 1;
    }
}

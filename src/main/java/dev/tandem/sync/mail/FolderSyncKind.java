package dev.tandem.sync.mail;

/** The four ways a folder can be read in one run; see {@link FolderPlanner}. */
public enum FolderSyncKind {
    /** No cursor yet: read only the messages inside the first-sync window, not the whole mailbox history. */
    FIRST_SYNC,
    /** Read the UIDs above the cursor. */
    INCREMENTAL,
    /** UIDVALIDITY changed (RFC 9051 §2.3.1.1): stored UIDs are void, read the window again and rely on Message-IDs. */
    RESCAN,
    /** The server reports nothing the cursor has not covered: do not even fetch. */
    NOTHING_NEW
}

package dev.tandem.sync;

/** What the sync did with one item it saw, as the ledger shows it to the user. */
public enum SyncOutcome {
    /** A mail became an activity. */
    LOGGED,
    /** An item was created on the other side. */
    ADDED,
    UPDATED,
    DELETED,
    /** Seen and deliberately left alone; the ledger reason says why. */
    SKIPPED,
    /** Writing the item failed; the run went on with the others and the next run tries again. */
    FAILED
}

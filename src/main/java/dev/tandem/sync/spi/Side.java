package dev.tandem.sync.spi;

/**
 * The two sides of a two-way sync: the CRM (vdirsyncer's side A) and the mail/calendar provider (side B). An
 * {@link ItemStatus} also remembers the side an item was first seen on, which conflict policies use.
 */
public enum Side {
    CRM,
    PROVIDER;

    public Side other() {
        return this == CRM ? PROVIDER : CRM;
    }

    /** "the CRM" / "the provider", for ledger sentences. */
    public String label() {
        return this == CRM ? "the CRM" : "the provider";
    }
}

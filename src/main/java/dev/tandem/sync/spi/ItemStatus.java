package dev.tandem.sync.spi;

import java.util.Objects;

/**
 * What the last successful sync left an item as on both sides (vdirsyncer's status row). Comparing a side's
 * version now with its version here tells whether that side changed the item since.
 *
 * @param origin   the side the item was first seen on
 * @param crm      side A's version after the last sync
 * @param provider side B's version after the last sync
 */
public record ItemStatus(String uid, Side origin, ItemVersion crm, ItemVersion provider) {

    public ItemStatus {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(provider, "provider");
    }

    public ItemVersion version(Side side) {
        return side == Side.CRM ? crm : provider;
    }

    /** This status with one side's version replaced, e.g. after writing to that side. */
    public ItemStatus with(Side side, ItemVersion version) {
        return side == Side.CRM ? new ItemStatus(uid, origin, version, provider)
                : new ItemStatus(uid, origin, crm, version);
    }
}

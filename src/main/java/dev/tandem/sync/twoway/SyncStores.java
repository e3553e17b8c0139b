package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.Side;
import java.util.Objects;

/** The pair of stores one two-way sync runs between. */
public record SyncStores(ItemStore crm, ItemStore provider) {

    public SyncStores {
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(provider, "provider");
    }

    public ItemStore of(Side side) {
        return side == Side.CRM ? crm : provider;
    }
}

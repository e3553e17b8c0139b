package dev.tandem.mail.boundary;

import dev.tandem.mail.control.blocklist.MailBlocklist;

/** The answer to adding an entry: the entry, and what adding it removed. */
public record BlockAddedView(BlockedAddressView blocked, BlocklistImpactView removed) {

    static BlockAddedView of(MailBlocklist.Added added) {
        return new BlockAddedView(BlockedAddressView.of(added.blocked()), BlocklistImpactView.of(added.removed()));
    }
}

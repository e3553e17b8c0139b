package dev.tandem.mail.boundary;

import dev.tandem.mail.control.blocklist.MailBlocklist;

/**
 * What an entry covers among logged mail: in a dry run what adding it would remove, after adding it what it removed.
 *
 * @param activities synced EMAIL activities sent from or to the address or domain
 * @param attachments their attachments
 */
public record BlocklistImpactView(String entry, String kind, int activities, long attachments) {

    static BlocklistImpactView of(MailBlocklist.Impact impact) {
        return new BlocklistImpactView(impact.entry().value(), impact.entry().domain() ? "DOMAIN" : "ADDRESS",
                impact.activities(), impact.attachments());
    }
}

package dev.tandem.mail.boundary;

import dev.tandem.mail.entity.BlockedAddress;
import java.time.OffsetDateTime;

/**
 * One blocklist entry as the API shows it.
 *
 * @param kind  {@code ADDRESS | DOMAIN}
 * @param scope {@code USER} (the caller's own) or {@code CRM} (an admin's, for every user)
 */
public record BlockedAddressView(long id, String entry, String kind, String scope, OffsetDateTime createdAt) {

    static BlockedAddressView of(BlockedAddress blocked) {
        return new BlockedAddressView(blocked.getId(), blocked.getEntry(), blocked.isDomain() ? "DOMAIN" : "ADDRESS",
                blocked.isCrmWide() ? "CRM" : "USER", blocked.getCreatedAt());
    }
}

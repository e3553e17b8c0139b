package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.Side;
import java.time.Instant;
import java.util.Optional;

/**
 * Tandem's default conflict policy. An item that came from the provider (an invitation, an event made in the
 * user's calendar app) is owned there: the provider's copy wins. An item created in the CRM, or one that
 * appeared on both sides at once, keeps the later edit by LAST-MODIFIED; on a tie or without times the CRM's
 * copy wins, since the CRM is where Tandem's users curate their data.
 */
public final class ProviderWinsOnProviderItemsLatestWinsOnCrmItems implements ConflictPolicy {

    @Override
    public ConflictResolution resolve(ConflictCase conflict) {
        if (conflict.origin().equals(Optional.of(Side.PROVIDER))) {
            return new ConflictResolution(Side.PROVIDER,
                    "changed on both sides; the provider's copy wins because the item came from the provider");
        }
        Instant crm = conflict.crmChangedAt().orElse(Instant.MIN);
        Instant provider = conflict.providerChangedAt().orElse(Instant.MIN);
        if (provider.isAfter(crm)) {
            return new ConflictResolution(Side.PROVIDER,
                    "changed on both sides; the provider's edit is the later one");
        }
        return new ConflictResolution(Side.CRM, "changed on both sides; the CRM's edit is the later one"
                + (provider.equals(crm) ? " or as late" : ""));
    }
}

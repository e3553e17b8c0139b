package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.Side;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An item changed differently on both sides since the last sync, or new on both with different content.
 *
 * @param origin            the side the item was first seen on; empty when it appeared on both at once
 * @param crmChangedAt      LAST-MODIFIED of the CRM's copy, when it carries one
 * @param providerChangedAt LAST-MODIFIED of the provider's copy, when it carries one
 */
public record ConflictCase(String uid, Optional<Side> origin, Optional<Instant> crmChangedAt,
                           Optional<Instant> providerChangedAt) {

    public ConflictCase {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(crmChangedAt, "crmChangedAt");
        Objects.requireNonNull(providerChangedAt, "providerChangedAt");
    }
}

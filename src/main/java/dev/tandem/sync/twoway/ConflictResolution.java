package dev.tandem.sync.twoway;

import dev.tandem.sync.spi.Side;
import java.util.Objects;

/** The side whose copy is kept, and a sentence for the ledger saying why. */
public record ConflictResolution(Side winner, String reason) {

    public ConflictResolution {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(reason, "reason");
    }
}

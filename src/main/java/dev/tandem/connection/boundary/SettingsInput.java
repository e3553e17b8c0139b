package dev.tandem.connection.boundary;

import dev.tandem.connection.entity.SyncMode;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/me/sync/settings}: what to sync from now on. */
public class SettingsInput {

    @NotNull
    public SyncMode mode;
}

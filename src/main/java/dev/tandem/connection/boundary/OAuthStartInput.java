package dev.tandem.connection.boundary;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/me/sync/oauth/start}: the provider and what to sync. */
public class OAuthStartInput {

    @NotNull
    public Provider provider;

    public SyncMode mode;
}

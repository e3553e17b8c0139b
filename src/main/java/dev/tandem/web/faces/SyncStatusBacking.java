package dev.tandem.web.faces;

import dev.tandem.connection.control.Connections;
import dev.tandem.connection.control.ProviderPresets;
import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.SyncConnection;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.platform.TandemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the user's connection stands, in plain words, with the actions that fit: Stop sync, Sync now. Read once per
 * request from {@link Connections}.
 */
@Named
@RequestScoped
public class SyncStatusBacking {

    private static final Set<ConnectionState> SHOWN =
            EnumSet.of(ConnectionState.ACTIVE, ConnectionState.ERROR, ConnectionState.NEEDS_REAUTH);

    @Inject
    Connections connections;

    @Inject
    CurrentUser currentUser;

    private Optional<SyncConnection> connection;

    Optional<SyncConnection> findConnection() {
        if (connection == null) {
            connection = connections.find(currentUser.id());
        }
        return connection;
    }

    /** ACTIVE, ERROR or NEEDS_REAUTH: there is a connection to describe and to stop. */
    public boolean isConnected() {
        return findConnection().map(c -> SHOWN.contains(c.getState())).orElse(false);
    }

    /** ACTIVE or ERROR: sessions run, so settings can change and Sync now makes sense. */
    public boolean isSyncing() {
        return findConnection().map(SyncConnection::isSyncing).orElse(false);
    }

    /** Not syncing (never connected, stopped, or the provider wants a new password): the sign-in form shows. */
    public boolean isSetupShown() {
        return !isSyncing();
    }

    public boolean isStopped() {
        return findConnection().map(c -> c.getState() == ConnectionState.STOPPED).orElse(false);
    }

    public String getState() {
        return findConnection().map(c -> c.getState().name()).orElse(ConnectionState.NOT_CONNECTED.name());
    }

    public String getProviderName() {
        return findConnection().flatMap(c -> ProviderPresets.find(c.getProvider()))
                .map(ProviderPresets.Preset::name).orElse("");
    }

    public String getMode() {
        return findConnection().map(c -> c.getMode().name()).orElse("");
    }

    public String getAccount() {
        return findConnection().flatMap(SyncConnection::findAccount).orElse("");
    }

    public PartView getMail() {
        return findConnection().flatMap(c -> PartView.mailOf(c, FacesTexts.locale())).orElse(null);
    }

    public PartView getCalendar() {
        return findConnection().flatMap(c -> PartView.calendarOf(c, FacesTexts.locale())).orElse(null);
    }

    /**
     * A first sync is under way (mail or calendar): the page shows its progress and brings itself up to date every few
     * seconds (resources/sync-progress.js) until it is over.
     */
    public boolean isFirstSyncRunning() {
        return isSyncing() && Stream.of(getMail(), getCalendar()).filter(Objects::nonNull)
                .anyMatch(PartView::firstSyncRunning);
    }

    public String stop() {
        try {
            connections.stop(currentUser.id());
            FacesTexts.info("sync.stopped");
        } catch (TandemException refused) {
            FacesTexts.error(refused);
        }
        FacesTexts.keepForRedirect();
        return SyncSetupBacking.SYNC_PAGE;
    }

    public String runNow() {
        try {
            connections.runNow(currentUser.id());
            FacesTexts.info("sync.runNow.started");
        } catch (TandemException refused) {
            FacesTexts.error(refused);
        }
        FacesTexts.keepForRedirect();
        return SyncSetupBacking.SYNC_PAGE;
    }
}

package dev.tandem.web.faces;

import dev.tandem.connection.control.Connections;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.platform.TandemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Edit settings" of an active connection: what to sync (mail, calendar or both). IMAP has no calendar, so for an
 * IMAP connection only mail is offered; the service refuses a half the stored accounts cannot serve.
 */
@Named
@ViewScoped
public class SyncSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Connections connections;

    @Inject
    CurrentUser currentUser;

    private boolean editing;
    private SyncMode mode;

    public void edit() {
        connections.find(currentUser.id()).ifPresent(c -> mode = c.getMode());
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public String save() {
        try {
            connections.changeMode(currentUser.id(), mode);
        } catch (TandemException refused) {
            FacesTexts.error(refused);
            return null;
        }
        FacesTexts.info("sync.settings.saved");
        FacesTexts.keepForRedirect();
        return SyncSetupBacking.SYNC_PAGE;
    }

    /** Calendar modes are offered unless the connection is plain IMAP, which gives mail only. */
    public boolean isCalendarPossible() {
        return connections.find(currentUser.id()).map(c -> c.getProvider() != Provider.IMAP).orElse(false);
    }

    public boolean isEditing() {
        return editing;
    }

    public SyncMode getMode() {
        return mode;
    }

    public void setMode(SyncMode mode) {
        this.mode = mode;
    }
}

package dev.tandem.web.faces;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.entity.Activity;
import dev.tandem.crm.control.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard: the invitation to set up sync while the user has none (the seed's path on phones), and the
 * latest activities sync logged, so that a user sees at once that their mail arrives in the CRM.
 */
@Named
@RequestScoped
public class DashboardBacking {

    static final int LATEST = 8;

    @Inject
    CurrentUser currentUser;

    @Inject
    Activities activities;

    @Inject
    SyncStatusBacking syncStatus;

    private List<Activity> latest;

    /** Never connected, or stopped: the notice shows. A connection in error is described, not re-offered. */
    public boolean isSetupInvited() {
        return !syncStatus.isConnected();
    }

    public List<Activity> getLatestActivities() {
        if (latest == null) {
            latest = activities.latest(currentUser.id(), LATEST);
        }
        return latest;
    }
}

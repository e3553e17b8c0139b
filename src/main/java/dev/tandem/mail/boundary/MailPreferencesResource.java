package dev.tandem.mail.boundary;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.blocklist.MailPreferences;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's choices about what mail sync logs; they apply from the next session on. */
@Path("me/mail-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailPreferencesResource {

    @Inject
    MailPreferences preferences;

    @Inject
    CurrentUser caller;

    /** {@code {"logBulkMail": false}} */
    public record PreferencesView(boolean logBulkMail) {
    }

    @GET
    public PreferencesView get() {
        return new PreferencesView(preferences.logsBulkMail(caller.id()));
    }

    @PUT
    public PreferencesView put(@Valid @NotNull MailPreferencesInput input) {
        preferences.setLogBulkMail(caller.id(), input.logBulkMail);
        return get();
    }
}

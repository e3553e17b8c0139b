package dev.tandem.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The last page of the OAuth pop-up window: says in the user's language how the sign-in ended, for the page and
 * for the script that passes it to the sync screen. Opened without a sign-in behind it, it says there is nothing
 * to finish.
 */
@Named("oauthDoneBacking")
@RequestScoped
public class OAuthDoneBacking {

    @Inject
    FacesContext faces;

    private Optional<OAuthOutcome> outcome() {
        Object found = faces.getExternalContext().getRequestMap().get(OAuthOutcome.ATTRIBUTE);
        return found instanceof OAuthOutcome known ? Optional.of(known) : Optional.empty();
    }

    public boolean isFinished() {
        return outcome().isPresent();
    }

    public boolean isConnected() {
        return outcome().map(OAuthOutcome::connected).orElse(false);
    }

    public String getMessage() {
        return outcome().map(o -> FacesTexts.shown(o.message(), o.english(), FacesTexts.locale()))
                .orElseGet(() -> FacesTexts.text("oauth.done.nothing"));
    }
}

package dev.tandem.web.faces;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user's profile page. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    CurrentUser currentUser;

    public AppUser getUser() {
        return currentUser.get();
    }
}

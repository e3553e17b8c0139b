package dev.tandem.crm.control;

import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The logged-in user of this request, looked up once. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory users;

    private AppUser user;

    public AppUser get() {
        if (user == null) {
            var principal = security.getCallerPrincipal();
            if (principal == null) {
                throw CrmException.forbidden("Log in first.");
            }
            user = users.getByUsername(principal.getName());
        }
        return user;
    }

    public long id() {
        return get().getId();
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }
}

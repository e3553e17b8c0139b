package dev.tandem.crm.boundary;

import dev.tandem.crm.control.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The logged-in user. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser caller;

    @GET
    public UserView me() {
        return UserView.of(caller.get());
    }
}

package dev.tandem.crm.boundary;

import dev.tandem.crm.control.CrmException;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.control.UserDirectory.NewUser;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Users of the instance; managing them is for admins. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserDirectory users;

    @Inject
    CurrentUser caller;

    @POST
    public Response create(@Valid @NotNull NewUserInput input, @Context UriInfo uri) {
        requireAdmin();
        var created = UserView.of(users.create(new NewUser(input.username, input.password, input.displayName,
                input.email, input.rolesOrDefault())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created)
                .build();
    }

    @GET
    public Page<UserView> list(@Valid @BeanParam PageParams page) {
        requireAdmin();
        return users.list(page.toRequest()).map(UserView::of);
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw CrmException.forbidden("Only administrators manage users.");
        }
    }
}

package dev.tandem.mail.boundary;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.blocklist.MailBlocklist;
import dev.tandem.mail.control.blocklist.MailRulesException;
import dev.tandem.platform.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The blocklist of the whole CRM, kept by admins: it applies to every user's mail, and its purge too. */
@Path("blocklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CrmBlocklistResource {

    @Inject
    MailBlocklist blocklist;

    @Inject
    CurrentUser caller;

    @GET
    public Page<BlockedAddressView> list() {
        return new Page<>(blocklist.crmWide().stream().map(BlockedAddressView::of).toList(), null);
    }

    @POST
    @Path("dry-run")
    public BlocklistImpactView dryRun(@Valid @NotNull BlocklistInput input) {
        requireAdmin();
        return BlocklistImpactView.of(blocklist.dryRun(null, input.entry));
    }

    @POST
    public Response add(@Valid @NotNull BlocklistInput input) {
        requireAdmin();
        var added = BlockAddedView.of(blocklist.add(null, input.entry));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        requireAdmin();
        blocklist.remove(null, id);
        return Response.noContent().build();
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw MailRulesException.adminsOnly();
        }
    }
}

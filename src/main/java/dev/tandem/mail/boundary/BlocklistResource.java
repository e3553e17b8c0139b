package dev.tandem.mail.boundary;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.blocklist.MailBlocklist;
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

/**
 * The caller's blocklist: addresses and domains whose mail is never logged. Adding one removes what was logged
 * from or to it; the dry run says beforehand how much that is, and changes nothing.
 */
@Path("me/blocklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlocklistResource {

    @Inject
    MailBlocklist blocklist;

    @Inject
    CurrentUser caller;

    /** The caller's entries and the CRM's, which apply to the caller's mail too. */
    @GET
    public Page<BlockedAddressView> list() {
        return new Page<>(blocklist.applyingTo(caller.id()).stream().map(BlockedAddressView::of).toList(), null);
    }

    @POST
    @Path("dry-run")
    public BlocklistImpactView dryRun(@Valid @NotNull BlocklistInput input) {
        return BlocklistImpactView.of(blocklist.dryRun(caller.id(), input.entry));
    }

    @POST
    public Response add(@Valid @NotNull BlocklistInput input) {
        var added = BlockAddedView.of(blocklist.add(caller.id(), input.entry));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        blocklist.remove(caller.id(), id);
        return Response.noContent().build();
    }
}

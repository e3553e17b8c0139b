package dev.tandem.activity.boundary;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.control.ActivityException;
import dev.tandem.activity.control.ActivityQuery;
import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.ActivityType;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;

/** The caller's activities: manual notes they can change, and synced mails nobody can. */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    Activities activities;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    @GET
    public Page<ActivityView> list(@Valid @BeanParam PageParams page, @QueryParam("contactId") Long contactId,
                                   @QueryParam("companyId") Long companyId,
                                   @QueryParam("type") ActivityType type) {
        return activities.list(new ActivityQuery(caller.id(), contactId, companyId, type, page.toRequest()))
                .map(this::view);
    }

    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") long id) {
        return view(activities.get(caller.id(), id));
    }

    @POST
    public Response create(@Valid @NotNull NoteInput input, @Context UriInfo uri) {
        if (input.type != null && input.type != ActivityType.NOTE) {
            throw ActivityException.invalid("type: only NOTE activities can be created by hand.");
        }
        Activity note = activities.createNote(caller.id(), input.toContent(OffsetDateTime.now(clock)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(note.getId())).build())
                .entity(view(note)).build();
    }

    @PUT
    @Path("{id}")
    public ActivityView update(@PathParam("id") long id, @Valid @NotNull NoteInput input) {
        activities.getWritable(caller.id(), id);
        return view(activities.updateNote(caller.id(), id, input.toContent(OffsetDateTime.now(clock))));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public ActivityView patch(@PathParam("id") long id, @Valid @NotNull NotePatch patch) {
        Activity current = activities.getWritable(caller.id(), id);
        return view(activities.updateNote(caller.id(), id, patch.applyTo(current)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        activities.delete(caller.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        var file = activities.getAttachment(caller.id(), id, attachmentId);
        return Response.ok(file.getContent(), file.getContentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.getFilename()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private ActivityView view(Activity activity) {
        return ActivityView.of(activity, caller.get().getUsername());
    }
}

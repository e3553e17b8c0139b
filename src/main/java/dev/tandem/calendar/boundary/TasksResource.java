package dev.tandem.calendar.boundary;

import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import dev.tandem.platform.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The caller's tasks (VTODO), synced with the provider's task list. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    CallerCalendar calendar;

    @GET
    public Page<TaskView> list(@Valid @BeanParam PageParams params) {
        PageRequest page = params.toRequest();
        var rows = calendar.tasksAfter(page.afterId(), page.limit() + 1);
        return Page.fromOverfetch(rows, page, TaskView::id);
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") long id) {
        return calendar.getTask(id);
    }

    @POST
    public Response create(@Valid @NotNull TaskInput input, @Context UriInfo uri) {
        TaskView created = calendar.createTask(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public TaskView update(@PathParam("id") long id, @Valid @NotNull TaskInput input) {
        return calendar.updateTask(id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        calendar.deleteTask(id);
        return Response.noContent().build();
    }
}

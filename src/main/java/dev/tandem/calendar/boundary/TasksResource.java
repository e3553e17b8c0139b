package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.crm.CalendarEntries;
import dev.tandem.calendar.control.crm.CrmCalendar;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.crm.control.CurrentUser;
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

    private final ICalendarCodec codec = new ICalendarCodec();

    @Inject
    CalendarEntries entries;

    @Inject
    CrmCalendar calendar;

    @Inject
    CurrentUser caller;

    @GET
    public Page<TaskView> list(@Valid @BeanParam PageParams params) {
        PageRequest page = params.toRequest();
        var rows = entries.tasksAfter(caller.id(), page.afterId(), page.limit() + 1);
        return Page.fromOverfetch(rows, page, CalendarEntry::getId).map(this::view);
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") long id) {
        return view(calendar.get(caller.get(), id, ItemKind.TASK));
    }

    @POST
    public Response create(@Valid @NotNull TaskInput input, @Context UriInfo uri) {
        CalendarEntry created = calendar.createTask(caller.get(), input.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    public TaskView update(@PathParam("id") long id, @Valid @NotNull TaskInput input) {
        return view(calendar.updateTask(caller.get(), id, input.toData()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        calendar.delete(caller.get(), id, ItemKind.TASK);
        return Response.noContent().build();
    }

    private TaskView view(CalendarEntry entry) {
        boolean editable = calendar.findReadOnlyReason(caller.get(), entry).isEmpty();
        return TaskView.of(entry.getId(), entry.getOrigin(), codec.parse(entry.getIcalendar()), editable);
    }
}

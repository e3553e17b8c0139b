package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.crm.CalendarEntries;
import dev.tandem.calendar.control.crm.CrmCalendar;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.platform.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.OffsetDateTime;
import java.util.List;

/** The caller's calendar: occurrences in a window, and the events they may create, change and delete. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    CalendarEntries entries;

    @Inject
    CrmCalendar calendar;

    @Inject
    EventViewing viewing;

    @Inject
    CurrentUser caller;

    @GET
    public Page<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        OffsetDateTime start = ApiTimes.parseWindow("from", from);
        OffsetDateTime end = ApiTimes.parseWindow("to", to);
        if (!end.isAfter(start)) {
            throw dev.tandem.calendar.control.item.CalendarException.invalid("to: must be after from");
        }
        List<CalendarEntry> found = entries.eventsAround(caller.id(), start.minusDays(1), end.plusDays(1));
        return new Page<>(viewing.occurrences(caller.get(), found, start, end), null);
    }

    @GET
    @Path("{eventId}")
    public EventView get(@PathParam("eventId") long eventId) {
        return viewing.single(caller.get(), calendar.get(caller.get(), eventId, ItemKind.EVENT));
    }

    @POST
    public Response create(@Valid @NotNull EventInput input, @Context UriInfo uri) {
        CalendarEntry created = calendar.createEvent(caller.get(), input.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(viewing.single(caller.get(), created)).build();
    }

    @PUT
    @Path("{eventId}")
    public EventView update(@PathParam("eventId") long eventId, @Valid @NotNull EventInput input) {
        return viewing.single(caller.get(), calendar.updateEvent(caller.get(), eventId, input.toData()));
    }

    @DELETE
    @Path("{eventId}")
    public Response delete(@PathParam("eventId") long eventId) {
        calendar.delete(caller.get(), eventId, ItemKind.EVENT);
        return Response.noContent().build();
    }
}

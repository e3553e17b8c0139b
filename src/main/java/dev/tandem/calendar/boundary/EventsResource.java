package dev.tandem.calendar.boundary;

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

/** The caller's calendar: occurrences in a window, and the events they may create, change and delete. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    CallerCalendar calendar;

    @GET
    public Page<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        return new Page<>(calendar.occurrences(ApiTimes.parseWindow("from", from), ApiTimes.parseWindow("to", to)),
                null);
    }

    @GET
    @Path("{eventId}")
    public EventView get(@PathParam("eventId") long eventId) {
        return calendar.getEvent(eventId);
    }

    @POST
    public Response create(@Valid @NotNull EventInput input, @Context UriInfo uri) {
        EventView created = calendar.createEvent(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.eventId())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{eventId}")
    public EventView update(@PathParam("eventId") long eventId, @Valid @NotNull EventInput input) {
        return calendar.updateEvent(eventId, input);
    }

    @DELETE
    @Path("{eventId}")
    public Response delete(@PathParam("eventId") long eventId) {
        calendar.deleteEvent(eventId);
        return Response.noContent().build();
    }
}

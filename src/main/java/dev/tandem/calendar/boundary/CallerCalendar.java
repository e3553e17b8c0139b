package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.crm.CalendarEntries;
import dev.tandem.calendar.control.crm.CrmCalendar;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.crm.control.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signed-in user's calendar as the API and the screens both see it: occurrences in a window, single events,
 * tasks, and the changes the edit rule allows. One place, so the REST resources and the Faces pages cannot drift
 * apart in what they show as read-only or how they read the input.
 */
@RequestScoped
public class CallerCalendar {

    private final ICalendarCodec codec = new ICalendarCodec();

    @Inject
    CalendarEntries entries;

    @Inject
    CrmCalendar calendar;

    @Inject
    EventViewing viewing;

    @Inject
    CurrentUser caller;

    /** Every occurrence overlapping [from, to), sorted by start; series are expanded. */
    public List<EventView> occurrences(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            throw CalendarException.invalid("to: must be after from");
        }
        List<CalendarEntry> found = entries.eventsAround(caller.id(), from.minusDays(1), to.plusDays(1));
        return viewing.occurrences(caller.get(), found, from, to);
    }

    /** @throws CalendarException NOT_FOUND for an unknown id or another user's event */
    public EventView getEvent(long eventId) {
        return viewing.single(caller.get(), calendar.get(caller.get(), eventId, ItemKind.EVENT));
    }

    public EventView createEvent(EventInput input) {
        return viewing.single(caller.get(), calendar.createEvent(caller.get(), input.toData()));
    }

    public EventView updateEvent(long eventId, EventInput input) {
        return viewing.single(caller.get(), calendar.updateEvent(caller.get(), eventId, input.toData()));
    }

    public void deleteEvent(long eventId) {
        calendar.delete(caller.get(), eventId, ItemKind.EVENT);
    }

    /** Up to {@code max} tasks with ids above {@code afterId}, in id order (the API pages through them). */
    public List<TaskView> tasksAfter(long afterId, int max) {
        return entries.tasksAfter(caller.id(), afterId, max).stream().map(this::view).toList();
    }

    public TaskView getTask(long id) {
        return view(calendar.get(caller.get(), id, ItemKind.TASK));
    }

    public TaskView createTask(TaskInput input) {
        return view(calendar.createTask(caller.get(), input.toData()));
    }

    public TaskView updateTask(long id, TaskInput input) {
        return view(calendar.updateTask(caller.get(), id, input.toData()));
    }

    public void deleteTask(long id) {
        calendar.delete(caller.get(), id, ItemKind.TASK);
    }

    private TaskView view(CalendarEntry entry) {
        boolean editable = calendar.findReadOnlyReason(caller.get(), entry).isEmpty();
        return TaskView.of(entry.getId(), entry.getOrigin(), codec.parse(entry.getIcalendar()), editable);
    }
}

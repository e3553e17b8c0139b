package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.CallerCalendar;
import dev.tandem.calendar.boundary.EventInput;
import dev.tandem.calendar.boundary.EventView;
import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.platform.TandemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One event: its details (people who are CRM contacts linked, the others by address), and for an event the user
 * may change, the form to edit or delete it; without an id, the form for a new event on the chosen day. A
 * read-only event says why instead of offering a form.
 */
@Named
@RequestScoped
public class EventBacking {

    @Inject
    CallerCalendar calendar;

    @Inject
    DisplayTimes displayTimes;

    private Long id;
    private String date;
    private Optional<EventView> event;
    private EventForm form = new EventForm();

    /** On the first GET: fills the form from the event shown, or with the chosen day for a new one. */
    public void load() {
        findEvent().filter(EventView::editable).ifPresentOrElse(
                shown -> form = EventForm.of(shown, DisplayTimes.zone()),
                () -> form.setDay(CalendarPeriod.findDate(date)
                        .orElse(LocalDate.now(Clock.system(DisplayTimes.zone()))).toString()));
    }

    /** The event of the id given; empty for a new event, or for an unknown id or another user's event. */
    public Optional<EventView> findEvent() {
        if (event == null) {
            event = Optional.ofNullable(id).or(() -> RequestParameters.findLong("id")).flatMap(this::findById);
        }
        return event;
    }

    private Optional<EventView> findById(long eventId) {
        try {
            return Optional.of(calendar.getEvent(eventId));
        } catch (CalendarException missing) {
            return Optional.empty();
        }
    }

    public boolean isExisting() {
        return findEvent().isPresent();
    }

    /** An id was given but names no event of this user: the page says so. */
    public boolean isMissing() {
        return (id != null || RequestParameters.findLong("id").isPresent()) && findEvent().isEmpty();
    }

    public EventView getEvent() {
        return findEvent().orElseThrow();
    }

    /** The form shows for a new event and for one the user may change. */
    public boolean isFormShown() {
        return !isMissing() && findEvent().map(EventView::editable).orElse(true);
    }

    /** When it happens, as the user reads it: "6 dic 2026, 10:00 – 11:00", or the dates of an all-day event. */
    public String getWhen() {
        EventView shown = getEvent();
        if (shown.allDay()) {
            LocalDate first = LocalDate.parse(shown.start());
            LocalDate last = shown.end() == null ? first : LocalDate.parse(shown.end()).minusDays(1);
            String firstDay = displayTimes.date(first);
            return last.isAfter(first) ? firstDay + " – " + displayTimes.date(last) : firstDay;
        }
        OffsetDateTime start = OffsetDateTime.parse(shown.start());
        if (shown.end() == null) {
            return displayTimes.of(start);
        }
        OffsetDateTime end = OffsetDateTime.parse(shown.end());
        boolean sameDay = end.atZoneSameInstant(DisplayTimes.zone()).toLocalDate()
                .equals(start.atZoneSameInstant(DisplayTimes.zone()).toLocalDate());
        return displayTimes.of(start) + " – " + (sameDay ? displayTimes.time(end) : displayTimes.of(end));
    }

    public String save() {
        Optional<EventInput> input = form.toInput(DisplayTimes.zone()).orShowRefusal();
        if (input.isEmpty()) {
            return null;
        }
        try {
            EventView saved = findEvent().map(existing -> calendar.updateEvent(existing.eventId(), input.get()))
                    .orElseGet(() -> calendar.createEvent(input.get()));
            FacesTexts.info(isExisting() ? "event.saved" : "event.created", saved.title());
        } catch (TandemException refused) {
            FacesTexts.error(refused);
            return null;
        }
        FacesTexts.keepForRedirect();
        return "/app/calendar.xhtml?faces-redirect=true&date=" + form.getDay();
    }

    public String delete() {
        EventView doomed = getEvent();
        try {
            calendar.deleteEvent(doomed.eventId());
        } catch (TandemException refused) {
            FacesTexts.error(refused);
            return null;
        }
        FacesTexts.info("event.deleted", doomed.title());
        FacesTexts.keepForRedirect();
        return "/app/calendar.xhtml?faces-redirect=true&date=" + doomed.start().substring(0, 10);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public EventForm getForm() {
        return form;
    }
}

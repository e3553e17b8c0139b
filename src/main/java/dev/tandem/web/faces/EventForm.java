package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.EventInput;
import dev.tandem.calendar.boundary.EventView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the event form holds, as a person fills it in: a day, start and end times of that day in their zone (or
 * all day), a place, the attendees' addresses separated by commas, a description. Turns into the API's
 * {@link EventInput} and back, so the screen and the API create the same events.
 */
public class EventForm {

    private String title;
    private String day;
    private String startTime = "09:00";
    private String endTime = "10:00";
    private boolean allDay;
    private String location;
    private String attendees;
    private String description;

    /** The form for an existing event, shown in the user's zone. */
    static EventForm of(EventView event, ZoneId zone) {
        var form = new EventForm();
        form.title = event.title();
        form.allDay = event.allDay();
        form.location = event.location();
        form.description = event.description();
        form.attendees = String.join(", ", event.attendees().stream().map(EventView.AttendeeView::email).toList());
        if (event.allDay()) {
            form.day = event.start();
        } else {
            var start = OffsetDateTime.parse(event.start()).atZoneSameInstant(zone);
            form.day = start.toLocalDate().toString();
            form.startTime = start.toLocalTime().withSecond(0).withNano(0).toString();
            form.endTime = Optional.ofNullable(event.end()).map(end -> OffsetDateTime.parse(end)
                    .atZoneSameInstant(zone).toLocalTime().withSecond(0).withNano(0).toString()).orElse(form.startTime);
        }
        return form;
    }

    /**
     * @return the input, or the key of the message that says what is wrong ({@code event.invalid.*}), with the
     *         offending value as its argument
     */
    FormResult<EventInput> toInput(ZoneId zone) {
        Optional<LocalDate> date = CalendarPeriod.findDate(day);
        if (date.isEmpty()) {
            return FormResult.refused("event.invalid.day", String.valueOf(day));
        }
        var input = new EventInput();
        input.title = title == null ? "" : title.strip();
        input.allDay = allDay;
        input.location = location;
        input.description = description;
        input.attendees = addresses();
        Optional<String> wrongAddress = input.attendees.stream().filter(a -> !a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                .findFirst();
        if (wrongAddress.isPresent()) {
            return FormResult.refused("event.invalid.attendee", wrongAddress.get());
        }
        if (allDay) {
            input.start = date.get().toString();
            input.end = date.get().plusDays(1).toString();
            return FormResult.accepted(input);
        }
        Optional<LocalTime> from = findTime(startTime);
        Optional<LocalTime> to = findTime(endTime);
        if (from.isEmpty() || to.isEmpty()) {
            return FormResult.refused("event.invalid.time", from.isEmpty() ? startTime : endTime);
        }
        if (to.get().isBefore(from.get())) {
            return FormResult.refused("event.invalid.order", endTime);
        }
        input.timeZone = zone.getId();
        input.start = date.get().atTime(from.get()).atZone(zone).toOffsetDateTime().toString();
        input.end = date.get().atTime(to.get()).atZone(zone).toOffsetDateTime().toString();
        return FormResult.accepted(input);
    }

    private List<String> addresses() {
        return attendees == null ? List.of() : Arrays.stream(attendees.split("[,;\\s]+")).map(String::strip)
                .filter(address -> !address.isEmpty()).toList();
    }

    private static Optional<LocalTime> findTime(String value) {
        try {
            return Optional.ofNullable(value).map(String::strip).map(LocalTime::parse);
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

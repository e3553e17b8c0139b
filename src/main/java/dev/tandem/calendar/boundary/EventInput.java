package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.EventData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An event as clients send it (api-v1.md, POST /api/events). A class, not a record: Payara's OpenAPI generator
 * fails on Bean Validation annotations of record components.
 */
public class EventInput {

    @NotBlank
    @Size(max = 1000)
    public String title;

    @NotBlank
    public String start;

    public String end;

    public boolean allDay;

    @Size(max = 100)
    public String timeZone;

    @Size(max = 1000)
    public String location;

    @Size(max = 100_000)
    public String description;

    @Size(max = 200)
    public List<@NotNull @Email String> attendees;

    EventData toData() {
        CalendarTime from = ApiTimes.parse("start", start, allDay, timeZone);
        CalendarTime to = end == null || end.isBlank() ? null : ApiTimes.parse("end", end, allDay, timeZone);
        if (to != null && to.toInstant(java.time.ZoneOffset.UTC).isBefore(from.toInstant(java.time.ZoneOffset.UTC))) {
            throw CalendarException.invalid("end: must not be before start");
        }
        return new EventData(title.strip(), from, to, location, description, attendees);
    }
}

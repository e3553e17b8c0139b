package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.boundary.EventInput;
import dev.tandem.calendar.boundary.EventView;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFormTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void aDayAndTwoTimesBecomeInstantsInTheUsersZone() {
        EventForm form = form("2026-07-01", "09:30", "10:15");
        form.setAttendees("ana@acme.com; luis@acme.com,  ");

        EventInput input = form.toInput(MADRID).value().orElseThrow();

        assertEquals("2026-07-01T09:30+02:00", input.start);
        assertEquals("2026-07-01T10:15+02:00", input.end);
        assertEquals("Europe/Madrid", input.timeZone);
        assertEquals(List.of("ana@acme.com", "luis@acme.com"), input.attendees);
    }

    @Test
    void anAllDayEventEndsTheNextDay() {
        EventForm form = form("2026-12-24", "", "");
        form.setAllDay(true);

        EventInput input = form.toInput(MADRID).value().orElseThrow();

        assertTrue(input.allDay);
        assertEquals("2026-12-24", input.start);
        assertEquals("2026-12-25", input.end);
    }

    @Test
    void mistakesAreNamedNotThrown() {
        assertEquals("event.invalid.day", form("24/12/2026", "09:00", "10:00").toInput(MADRID).refusalKey());
        assertEquals("event.invalid.time", form("2026-12-24", "9h", "10:00").toInput(MADRID).refusalKey());
        assertEquals("event.invalid.order", form("2026-12-24", "11:00", "10:00").toInput(MADRID).refusalKey());
        EventForm badAddress = form("2026-12-24", "09:00", "10:00");
        badAddress.setAttendees("ana at acme");
        FormResult<EventInput> refused = badAddress.toInput(MADRID);
        assertEquals("event.invalid.attendee", refused.refusalKey());
        assertEquals("ana", refused.refusedValue());
    }

    @Test
    void anExistingEventFillsTheFormInTheUsersZone() {
        var event = new EventView("7", 7, "u@x", null, "Review", "Notes", "Room 4", "2026-12-15T09:00Z",
                "2026-12-15T10:30Z", false, "UTC", null,
                List.of(new EventView.AttendeeView("bo@example.com", "Bo", null, "ACCEPTED")), null, false, true, null,
                "CRM", List.of(), List.of(), null);

        EventForm form = EventForm.of(event, MADRID);

        assertEquals("2026-12-15", form.getDay());
        assertEquals("10:00", form.getStartTime());
        assertEquals("11:30", form.getEndTime());
        assertEquals("bo@example.com", form.getAttendees());
    }

    private static EventForm form(String day, String start, String end) {
        var form = new EventForm();
        form.setTitle(" Review ");
        form.setDay(day);
        form.setStartTime(start);
        form.setEndTime(end);
        return form;
    }
}

package dev.tandem.calendar.control.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import org.junit.jupiter.api.Test;

class EntryColumnsOfTest {

    @Test
    void overLongProviderValuesAreShortenedToTheirColumnsInsteadOfFailingTheItem() {
        String longName = "N".repeat(400);
        String longAddress = "a".repeat(400) + "@example.com";
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
                "UID:long@test", "DTSTAMP:20261130T100000Z", "DTSTART:20261201T100000Z", "DTEND:20261201T110000Z",
                "SUMMARY:" + "S".repeat(1500), "ORGANIZER:mailto:" + longAddress,
                "ATTENDEE;CN=" + longName + ";PARTSTAT=ACCEPTED:mailto:" + longAddress, "END:VEVENT",
                "END:VCALENDAR", "");
        var columns = EntryColumnsOf.of(new ICalendarCodec().parse(ics),
                CalendarIdentity.forUser("me@tandem.test", null));

        assertEquals(1000, columns.title().length());
        assertEquals(320, columns.organizerEmail().length());
        assertEquals(320, columns.attendees().get(0).getEmail().length());
        assertTrue(columns.title().endsWith("…"));
    }
}

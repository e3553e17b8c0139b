package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.util.Objects;

/** A calendar object resource with its iCalendar text (RFC 5545), as read from the server. */
public record CalendarObject(URI href, String etag, String icalendar) {

    public CalendarObject {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(icalendar, "icalendar");
    }

    public CalendarObjectRef ref() {
        return new CalendarObjectRef(href, etag);
    }
}

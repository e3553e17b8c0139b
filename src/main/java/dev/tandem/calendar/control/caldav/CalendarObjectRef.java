package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.util.Objects;

/**
 * A calendar object resource (RFC 4791 §4.1) by address and version: enough to see what changed without
 * downloading it.
 *
 * @param etag the entity tag exactly as the server sent it (quotes included), to send back in {@code If-Match}
 */
public record CalendarObjectRef(URI href, String etag) {

    public CalendarObjectRef {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(etag, "etag");
    }
}

package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.calendar.control.dav.CalDavHttp;
import dev.tandem.calendar.control.dav.DavNames;
import dev.tandem.calendar.control.dav.DavRequest;
import dev.tandem.calendar.control.dav.DavRequestBodies;
import dev.tandem.calendar.control.dav.Multistatus;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads and writes single calendar object resources. Every write is conditional (RFC 4791 §5.3.2, RFC 9110
 * §13.1): a create must not overwrite, an update or delete must hit the version the caller saw, and a 412 comes
 * back as {@link dev.tandem.calendar.control.dav.CalDavPreconditionFailedException}.
 */
final class CalDavObjects {

    private static final Pattern SAFE_UID = Pattern.compile("[A-Za-z0-9._~@-]{1,200}");

    private final CalDavHttp http;

    CalDavObjects(CalDavHttp http) {
        this.http = http;
    }

    CalendarObject get(URI href) {
        HttpResponse<String> response = http.send(DavRequest.get(href));
        String etag = response.headers().firstValue("ETag").orElseGet(() -> fetchEtag(href));
        return new CalendarObject(href, etag, response.body());
    }

    CalendarObjectRef create(URI collection, String uid, String icalendar) {
        URI href = collection.resolve(resourceName(uid));
        return written(href, http.send(DavRequest.put(href, icalendar, "If-None-Match", "*")));
    }

    CalendarObjectRef update(URI href, String icalendar, String etag) {
        return written(href, http.send(DavRequest.put(href, icalendar, "If-Match", etag)));
    }

    void delete(URI href, String etag) {
        http.send(DavRequest.delete(href, etag));
    }

    /**
     * The resource name for a UID. A UID made only of unreserved characters (RFC 3986 §2.3) and {@code @} is used
     * as it is; any other becomes a name-based UUID of it. Percent-encoding is not enough: servers such as
     * Radicale decode {@code %2F} into a path separator and answer 409. The mapping is stable, so a second
     * create of the same UID still meets the first one's {@code If-None-Match: *}.
     */
    static String resourceName(String uid) {
        boolean safe = SAFE_UID.matcher(uid).matches() && !uid.startsWith(".");
        String name = safe ? uid : UUID.nameUUIDFromBytes(uid.getBytes(StandardCharsets.UTF_8)).toString();
        return name + ".ics";
    }

    /** A server that rewrote the body on PUT sends no ETag (RFC 4791 §5.3.4): ask for the stored version's. */
    private CalendarObjectRef written(URI href, HttpResponse<String> response) {
        String etag = response.headers().firstValue("ETag").orElseGet(() -> fetchEtag(href));
        return new CalendarObjectRef(href, etag);
    }

    private String fetchEtag(URI href) {
        String body = DavRequestBodies.propfind(DavNames.GETETAG);
        return Multistatus.parse(http.send(DavRequest.propfind(href, 0, body)).body(), href).responses().stream()
                .flatMap(response -> response.findText(DavNames.GETETAG).stream())
                .findFirst()
                .orElseThrow(() -> new CalDavException("No ETag for " + href, 207));
    }
}

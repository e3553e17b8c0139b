package dev.tandem.calendar.control.dav;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One WebDAV/CalDAV request before it is sent. Bodies are strings so that they go out with a Content-Length:
 * Radicale rejects chunked request bodies.
 */
public record DavRequest(String method, URI uri, String body, String contentType, Map<String, String> headers) {

    static final String XML = "application/xml; charset=utf-8";
    static final String ICALENDAR = "text/calendar; charset=utf-8";

    public DavRequest {
        headers = Map.copyOf(headers);
    }

    public static DavRequest propfind(URI uri, int depth, String body) {
        return new DavRequest("PROPFIND", uri, body, XML, Map.of("Depth", String.valueOf(depth)));
    }

    public static DavRequest report(URI uri, int depth, String body) {
        return new DavRequest("REPORT", uri, body, XML, Map.of("Depth", String.valueOf(depth)));
    }

    public static DavRequest get(URI uri) {
        return new DavRequest("GET", uri, null, null, Map.of("Accept", "text/calendar"));
    }

    /** A conditional PUT: {@code condition} is {@code If-None-Match} or {@code If-Match} (RFC 4791 §5.3.2). */
    public static DavRequest put(URI uri, String icalendar, String condition, String value) {
        return new DavRequest("PUT", uri, icalendar, ICALENDAR, Map.of(condition, value));
    }

    public static DavRequest delete(URI uri, String etag) {
        return new DavRequest("DELETE", uri, null, null, Map.of("If-Match", etag));
    }

    /**
     * The same request sent to where a redirect points; a 303 (RFC 9110 §15.4.4) turns it into a GET without body,
     * the other redirects keep method and body as the JDK client did.
     */
    DavRequest redirectedTo(URI location, boolean seeOther) {
        return seeOther ? new DavRequest("GET", location, null, null, Map.of())
                : new DavRequest(method, location, body, contentType, headers);
    }

    /** Method and URL, for messages and logs: never headers, which carry the credentials. */
    String describe() {
        return method + " " + uri;
    }

    Map<String, String> headersWithDefaults() {
        var all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        return all;
    }
}

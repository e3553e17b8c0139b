package dev.tandem.calendar.control.graph;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;

/**
 * One request to Microsoft Graph before it is sent: method, absolute URL, an optional JSON body and the headers
 * beyond those every request carries (see {@link GraphHttp}).
 */
record GraphRequest(String method, URI uri, JsonObject body, Map<String, String> headers) {

    GraphRequest {
        headers = Map.copyOf(headers);
    }

    static GraphRequest get(URI uri) {
        return new GraphRequest("GET", uri, null, Map.of());
    }

    /** A delta page, asking for at most {@code pageSize} events (Prefer: odata.maxpagesize). */
    static GraphRequest delta(URI uri, int pageSize) {
        return new GraphRequest("GET", uri, null, Map.of("Prefer", "odata.maxpagesize=" + pageSize));
    }

    static GraphRequest post(URI uri, JsonObject body) {
        return new GraphRequest("POST", uri, body, Map.of());
    }

    /** A conditional PATCH (RFC 5789 §2, RFC 9110 §13.1.1): applies only if the event is still at {@code etag}. */
    static GraphRequest patch(URI uri, JsonObject body, String etag) {
        return new GraphRequest("PATCH", uri, body, Map.of("If-Match", etag));
    }

    static GraphRequest delete(URI uri, String etag) {
        return new GraphRequest("DELETE", uri, null, Map.of("If-Match", etag));
    }

    /** Method and URL, for messages and logs: never headers, which carry the token. */
    String describe() {
        return method + " " + uri;
    }
}

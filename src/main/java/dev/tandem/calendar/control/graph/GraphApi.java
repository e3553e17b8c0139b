package dev.tandem.calendar.control.graph;

import dev.tandem.connection.control.GraphAccount;
import dev.tandem.platform.OutboundAddressPolicy;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Graph calendar requests Tandem makes, on the signed-in user's default calendar ({@code /me/calendar},
 * {@code /me/events}, {@code /me/calendarView/delta}). Links Graph answers with ({@code @odata.nextLink},
 * {@code @odata.deltaLink}) are followed only on the root's own scheme, host and port, so that the bearer token is
 * never sent to another server.
 */
public final class GraphApi {

    /** Events per delta page (Prefer: odata.maxpagesize); Graph's own default and ceiling for events is larger. */
    static final int PAGE_SIZE = 100;

    private final URI root;
    private final GraphHttp http;

    /** Timeouts as for CalDAV: a connection within 10 s, an answer within 60 s. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** @param root the service root, e.g. {@code https://graph.microsoft.com/v1.0/} */
    public GraphApi(URI root, GraphHttp http) {
        String text = root.toString();
        this.root = URI.create(text.endsWith("/") ? text : text + "/");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** The API of an account's Graph root with its token, this process's address policy and default throttling. */
    public static GraphApi of(GraphAccount account) {
        return new GraphApi(URI.create(account.baseUrl()), new GraphHttp(account.accessToken(), CONNECT_TIMEOUT,
                REQUEST_TIMEOUT, OutboundAddressPolicy.configured(), Throttling.defaults()));
    }

    /** One page of a delta round: changed or removed events, and the link to go on with. */
    record DeltaPage(List<JsonObject> events, Optional<URI> nextLink, Optional<URI> deltaLink) {
    }

    /**
     * Reads the user's default calendar ({@code GET /me/calendar}): proves the token works for calendars and names
     * what will be synced, e.g. "'Calendar' of ana@contoso.com".
     */
    public String describeDefaultCalendar() {
        JsonObject calendar = http.send(GraphRequest.get(root.resolve("me/calendar")));
        return "'" + GraphJson.text(calendar, "name").orElse("Calendar") + "'"
                + GraphJson.text(calendar, "owner", "address").map(owner -> " of " + owner).orElse("");
    }

    /** The first request of a round over the window (Graph v1.0 event: delta). */
    URI deltaStart(GraphWindow window) {
        return root.resolve("me/calendarView/delta?" + range(window));
    }

    DeltaPage deltaPage(URI link) {
        JsonObject page = http.send(GraphRequest.delta(sameOrigin(link), PAGE_SIZE));
        return new DeltaPage(GraphJson.objects(page, "value"),
                GraphJson.text(page, "@odata.nextLink").map(URI::create),
                GraphJson.text(page, "@odata.deltaLink").map(URI::create));
    }

    JsonObject event(String id) {
        return http.send(GraphRequest.get(eventUri(id)));
    }

    /** The event, or empty when Graph has nothing at that id (404). */
    Optional<JsonObject> findEvent(String id) {
        try {
            return Optional.of(event(id));
        } catch (GraphException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The occurrences and exceptions of a series master within the window, every page of them. */
    List<JsonObject> instances(String masterId, GraphWindow window) {
        var all = new ArrayList<JsonObject>();
        Optional<URI> next = Optional.of(URI.create(eventUri(masterId) + "/instances?" + range(window)));
        while (next.isPresent()) {
            JsonObject page = http.send(GraphRequest.get(sameOrigin(next.get())));
            all.addAll(GraphJson.objects(page, "value"));
            next = GraphJson.text(page, "@odata.nextLink").map(URI::create);
        }
        return all;
    }

    JsonObject create(JsonObject event) {
        return http.send(GraphRequest.post(root.resolve("me/events"), event));
    }

    JsonObject update(String id, JsonObject changes, String etag) {
        return http.send(GraphRequest.patch(eventUri(id), changes, etag));
    }

    void delete(String id, String etag) {
        http.send(GraphRequest.delete(eventUri(id), etag));
    }

    /** The href the sync knows an event by: its URL under this root. */
    public String hrefOf(String id) {
        return eventUri(id).toString();
    }

    /** The event id in one of this root's event hrefs. */
    public Optional<String> findId(String href) {
        String prefix = root.resolve("me/events/").toString();
        if (!href.startsWith(prefix) || href.length() == prefix.length() || href.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(href.substring(prefix.length()), StandardCharsets.UTF_8));
    }

    /** Every href of this calendar starts so: statuses pointing elsewhere belong to another calendar. */
    public String hrefPrefix() {
        return root.resolve("me/events/").toString();
    }

    private URI eventUri(String id) {
        return root.resolve("me/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    private URI sameOrigin(URI link) {
        boolean same = root.getScheme().equalsIgnoreCase(link.getScheme())
                && root.getHost().equalsIgnoreCase(String.valueOf(link.getHost())) && root.getPort() == link.getPort();
        if (!same) {
            throw new GraphException("Graph answered with a link to another server (" + link.getScheme() + "://"
                    + link.getHost() + "); Tandem does not send the token there", GraphException.NO_RESPONSE, null);
        }
        return link;
    }

    private static String range(GraphWindow window) {
        return "startDateTime=" + window.start().truncatedTo(ChronoUnit.SECONDS) + "&endDateTime="
                + window.end().truncatedTo(ChronoUnit.SECONDS);
    }
}

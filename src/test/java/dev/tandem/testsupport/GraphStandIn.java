package dev.tandem.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Microsoft Graph's calendar API as far as Tandem uses it, in the test JVM on loopback: {@code /me/calendar},
 * {@code /me/events} (GET, POST, conditional PATCH and DELETE with 412 on a stale If-Match), a series' instances,
 * and {@code /me/calendarView/delta} with {@code @odata.nextLink} pages and {@code @odata.deltaLink} tokens that can
 * be made to expire (410 Gone, syncStateNotFound). Requests without the expected bearer token get 401; the next
 * requests can be throttled (429 with Retry-After). Tests also change the calendar directly, as a user in Outlook
 * would, and read the request log. Shapes follow learn.microsoft.com's event, event-delta and event-update pages.
 */
public final class GraphStandIn implements AutoCloseable {

    private final HttpServer server;
    private final String owner;
    private final GraphStandInCalendar calendar;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<String, String>> headers = new CopyOnWriteArrayList<>();
    private final List<JsonObject> bodies = new CopyOnWriteArrayList<>();
    private final List<Integer> throttles = Collections.synchronizedList(new ArrayList<>());
    private volatile String retryAfter = "1";
    private volatile Predicate<String> tokens;
    private final GraphStandInDelta delta;

    private GraphStandIn(String owner, Predicate<String> tokens) throws IOException {
        this.owner = owner;
        this.calendar = new GraphStandInCalendar(owner);
        this.delta = new GraphStandInDelta(calendar, this::root);
        this.tokens = tokens;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1.0/", this::handle);
        server.start();
    }

    public static GraphStandIn start(String owner, String token) {
        return start(owner, token::equals);
    }

    /** @param tokens which bearer tokens Graph takes, e.g. those an OAuth test server granted and did not revoke */
    public static GraphStandIn start(String owner, Predicate<String> tokens) {
        try {
            return new GraphStandIn(owner, tokens);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Graph stand-in", e);
        }
    }

    /** The service root to give Tandem, like {@code https://graph.microsoft.com/v1.0/}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0/";
    }

    /** From now on only this token is accepted: the one Tandem holds was revoked. */
    public void acceptOnly(String newToken) {
        tokens = newToken::equals;
    }

    /** The next {@code count} requests get 429 Too Many Requests with this Retry-After. */
    public void throttleNext(int count, String retryAfterHeader) {
        retryAfter = retryAfterHeader;
        throttles.addAll(Collections.nCopies(count, 429));
    }

    /** Every delta link and skip token handed out so far is forgotten (as Graph's expire). */
    public void expireDeltaLinks() {
        delta.expire();
    }

    /** Every request so far, as {@code METHOD /path?query}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every request header so far, as name (lower case) and value. */
    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** The JSON bodies of the POST and PATCH requests so far. */
    public List<JsonObject> bodies() {
        return List.copyOf(bodies);
    }

    public void clearLog() {
        requests.clear();
        headers.clear();
        bodies.clear();
    }

    /** An event created in Outlook (no transactionId); returns its id. */
    public String addEvent(JsonObject fields) {
        return calendar.insert(fields, "singleInstance", "").getString("id");
    }

    /**
     * A series as Graph shows it: the master (with its {@code recurrence}) and the occurrences and exceptions the
     * test lists, each with its {@code originalStart}; returns the master's id.
     */
    public String addSeries(JsonObject master, List<JsonObject> instances) {
        String masterId = calendar.insert(master, "seriesMaster", "").getString("id");
        for (JsonObject instance : instances) {
            calendar.insert(instance, instance.getString("type", "occurrence"), masterId);
        }
        return masterId;
    }

    /** An edit made in Outlook: the fields replace the event's. */
    public void edit(String id, JsonObject fields) {
        calendar.update(id, fields);
    }

    /** A deletion made in Outlook (a series master takes its instances with it). */
    public void remove(String id) {
        calendar.delete(id);
    }

    public Optional<JsonObject> event(String id) {
        return calendar.find(id);
    }

    public List<JsonObject> events() {
        return calendar.all();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String target = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            requests.add(exchange.getRequestMethod() + " " + target);
            exchange.getRequestHeaders().forEach((name, values) -> values.forEach(
                    value -> headers.add(Map.entry(name.toLowerCase(java.util.Locale.ROOT), value))));
            if (!throttles.isEmpty()) {
                throttles.remove(0);
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
                send(exchange, 429, error("TooManyRequests"));
            } else if (!bearerAccepted(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, error("InvalidAuthenticationToken"));
            } else {
                route(exchange, exchange.getRequestURI().getRawPath().substring("/v1.0/".length()));
            }
        }
    }

    private boolean bearerAccepted(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokens.test(authorization.substring("Bearer ".length()));
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals("me/calendar")) {
            send(exchange, 200, Json.createObjectBuilder().add("name", "Calendar").add("owner",
                    Json.createObjectBuilder().add("address", owner)).build());
        } else if (path.equals("me/calendarView/delta")) {
            delta.handle(exchange);
        } else if (path.equals("me/events") && method.equals("POST")) {
            create(exchange);
        } else if (path.startsWith("me/events/") && path.endsWith("/instances")) {
            instances(exchange, decode(path.substring("me/events/".length(), path.length() - "/instances".length())));
        } else if (path.startsWith("me/events/")) {
            event(exchange, method, decode(path.substring("me/events/".length())));
        } else {
            send(exchange, 404, error("ResourceNotFound"));
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        JsonObject body = body(exchange);
        Optional<JsonObject> same = Optional.ofNullable(body.getString("transactionId", null))
                .flatMap(calendar::findByTransactionId);
        if (same.isPresent()) {
            send(exchange, 200, same.get());
            return;
        }
        String type = body.containsKey("recurrence") ? "seriesMaster" : "singleInstance";
        send(exchange, 201, calendar.insert(body, type, ""));
    }

    private void event(HttpExchange exchange, String method, String id) throws IOException {
        Optional<JsonObject> event = calendar.find(id);
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (event.isEmpty()) {
            send(exchange, 404, error("ErrorItemNotFound"));
        } else if (!method.equals("GET") && ifMatch != null && !ifMatch.equals(event.get().getString("@odata.etag"))) {
            send(exchange, 412, error("ErrorIrresolvableConflict"));
        } else if (method.equals("GET")) {
            send(exchange, 200, event.get());
        } else if (method.equals("PATCH")) {
            send(exchange, 200, calendar.update(id, body(exchange)));
        } else if (method.equals("DELETE")) {
            calendar.delete(id);
            send(exchange, 204, null);
        } else {
            send(exchange, 405, error("MethodNotAllowed"));
        }
    }

    private void instances(HttpExchange exchange, String masterId) throws IOException {
        Instant[] window = GraphStandInDelta.window(query(exchange, "startDateTime"), query(exchange, "endDateTime"));
        JsonArrayBuilder value = Json.createArrayBuilder();
        calendar.all().stream().filter(e -> masterId.equals(e.getString("seriesMasterId", "")))
                .filter(e -> GraphStandInDelta.overlaps(e, window)).forEach(value::add);
        send(exchange, 200, Json.createObjectBuilder().add("value", value).build());
    }

    static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && decode(pair.substring(0, eq)).equals(name)) {
                return Optional.of(decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    static List<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().get(name)).orElse(List.of());
    }

    private JsonObject body(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject body = reader.readObject();
            bodies.add(body);
            return body;
        }
    }

    static JsonObject error(String code) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", code)
                .add("message", code)).build();
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}

package dev.tandem.testsupport;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code GET /me/calendarView/delta} of {@link GraphStandIn}, as learn.microsoft.com's event-delta page describes it:
 * a round's first request lists the window; pages of {@code Prefer: odata.maxpagesize} events follow through
 * {@code @odata.nextLink}; the last page hands out {@code @odata.deltaLink}, whose token encodes the window and the
 * position in the change log. A later round gets the changed events in full and the deleted ones (and those changed
 * outside the window) under {@code @removed}. Expired tokens answer 410 Gone, syncStateNotFound.
 */
final class GraphStandInDelta {

    private final GraphStandInCalendar calendar;
    private final Supplier<String> root;
    private final Map<String, List<JsonObject>> pendingPages = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();
    private volatile int generation;

    GraphStandInDelta(GraphStandInCalendar calendar, Supplier<String> root) {
        this.calendar = calendar;
        this.root = root;
    }

    /** Every delta link and skip token handed out so far is forgotten. */
    void expire() {
        generation++;
        pendingPages.clear();
    }

    /** A round's first page lists the window (or the changes since the token); later pages come by skip token. */
    void handle(HttpExchange exchange) throws IOException {
        Optional<String> skip = GraphStandIn.query(exchange, "$skiptoken");
        Optional<String> deltaToken = GraphStandIn.query(exchange, "$deltatoken");
        if (skip.isPresent()) {
            List<JsonObject> rest = pendingPages.remove(skip.get());
            if (rest == null) {
                GraphStandIn.send(exchange, 410, GraphStandIn.error("syncStateNotFound"));
            } else {
                page(exchange, rest, skip.get().split("~")[1]);
            }
            return;
        }
        String[] state = deltaToken.map(t -> new String(Base64.getUrlDecoder().decode(t), StandardCharsets.UTF_8)
                .split("\\|")).orElse(null);
        if (state != null && Integer.parseInt(state[3]) != generation) {
            GraphStandIn.send(exchange, 410, GraphStandIn.error("syncStateNotFound"));
            return;
        }
        Instant[] window = state != null ? new Instant[] {Instant.parse(state[0]), Instant.parse(state[1])}
                : window(GraphStandIn.query(exchange, "startDateTime"), GraphStandIn.query(exchange, "endDateTime"));
        String next = Base64.getUrlEncoder().encodeToString((window[0] + "|" + window[1] + "|"
                + calendar.changeCount() + "|" + generation).getBytes(StandardCharsets.UTF_8));
        page(exchange, state == null ? listing(window) : changes(window, Integer.parseInt(state[2])), next);
    }

    private void page(HttpExchange exchange, List<JsonObject> events, String nextDeltaToken) throws IOException {
        int size = Integer.parseInt(GraphStandIn.header(exchange, "Prefer").stream()
                .filter(p -> p.startsWith("odata.maxpagesize=")).map(p -> p.substring("odata.maxpagesize=".length()))
                .findFirst().orElse("10"));
        List<JsonObject> now = events.subList(0, Math.min(size, events.size()));
        var answer = Json.createObjectBuilder().add("value", Json.createArrayBuilder(now));
        if (events.size() > size) {
            String skip = "p" + pages.incrementAndGet() + "~" + nextDeltaToken;
            pendingPages.put(skip, List.copyOf(events.subList(size, events.size())));
            answer.add("@odata.nextLink", root.get() + "me/calendarView/delta?$skiptoken=" + skip);
        } else {
            answer.add("@odata.deltaLink", root.get() + "me/calendarView/delta?$deltatoken=" + nextDeltaToken);
        }
        GraphStandIn.send(exchange, 200, answer.build());
    }

    private List<JsonObject> listing(Instant[] window) {
        return calendar.all().stream().filter(e -> !"seriesMaster".equals(e.getString("type")))
                .filter(e -> overlaps(e, window)).toList();
    }

    /** Changed events inside the window in full; deleted ones, and any outside it, under @removed (as Graph does). */
    private List<JsonObject> changes(Instant[] window, int since) {
        var changes = new ArrayList<JsonObject>();
        for (String id : calendar.changedSince(since)) {
            Optional<JsonObject> event = calendar.find(id);
            if (event.filter(e -> "seriesMaster".equals(e.getString("type"))).isPresent()) {
                continue;
            }
            if (event.filter(e -> overlaps(e, window)).isPresent()) {
                changes.add(event.get());
            } else {
                changes.add(Json.createObjectBuilder().add("@odata.type", "#microsoft.graph.event").add("id", id)
                        .add("@removed", Json.createObjectBuilder().add("reason", "deleted")).build());
            }
        }
        return changes;
    }

    static boolean overlaps(JsonObject event, Instant[] window) {
        Instant[] span = GraphStandInCalendar.span(event);
        return span[0].isBefore(window[1]) && (span[1].isAfter(window[0]) || !span[0].isBefore(window[0]));
    }

    static Instant[] window(Optional<String> start, Optional<String> end) {
        return new Instant[] {Instant.parse(start.orElseThrow()), Instant.parse(end.orElseThrow())};
    }
}

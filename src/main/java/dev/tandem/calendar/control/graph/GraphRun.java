package dev.tandem.calendar.control.graph;

import dev.tandem.sync.spi.FetchedItem;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of a {@link GraphItemStore} has learnt so far: the round's window and delta link, the members,
 * the JSON of every event Graph returned (from delta, GET or a write), the items already rendered from it, and the
 * events that could not be read.
 */
final class GraphRun {

    final GraphWindow window;
    final URI deltaLink;
    final GraphMembers members;
    final Map<String, JsonObject> fetched = new HashMap<>();
    final Map<String, FetchedItem> rendered = new HashMap<>();
    final Map<String, String> unreadable = new LinkedHashMap<>();

    GraphRun(GraphWindow window, URI deltaLink, GraphMembers members) {
        this.window = window;
        this.deltaLink = deltaLink;
        this.members = members;
    }

    /** Graph's newest JSON of an event changed the item; what was rendered from older JSON no longer holds. */
    void fetched(String id, JsonObject event) {
        fetched.put(id, event);
        rendered.remove(id);
    }

    GraphCalendarState state() {
        return new GraphCalendarState(deltaLink, window, members.all());
    }
}

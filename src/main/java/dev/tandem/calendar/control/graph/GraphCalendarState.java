package dev.tandem.calendar.control.graph;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Tandem knows of a user's Graph calendar between runs: the delta link that ends the last round (the cursor),
 * the window that round covers and every event seen, by id. Like a CalDAV collection's state it is a copy of the
 * provider's side, saved after the run that read it.
 */
public record GraphCalendarState(URI deltaLink, GraphWindow window, Map<String, GraphMember> members) {

    public static final GraphCalendarState UNKNOWN = new GraphCalendarState(null, null, Map.of());

    public GraphCalendarState {
        members = Map.copyOf(Objects.requireNonNull(members, "members"));
    }

    public Optional<URI> findDeltaLink() {
        return Optional.ofNullable(deltaLink);
    }

    public Optional<GraphWindow> findWindow() {
        return Optional.ofNullable(window);
    }
}

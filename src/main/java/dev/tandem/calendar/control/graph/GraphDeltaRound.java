package dev.tandem.calendar.control.graph;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what changed in the calendar view since the stored delta link, following {@code @odata.nextLink} pages
 * until Graph hands out the next {@code @odata.deltaLink}. With no link yet, with a window that has drifted, or
 * when Graph has forgotten the link (410 Gone, {@code syncStateNotFound}: delta tokens expire), it runs a new
 * round from the start: a full listing of the window, which the caller merges by event id, so nothing is
 * listed twice.
 */
final class GraphDeltaRound {

    /** A delta round that never ends (a server handing out next links forever) is cut off here. */
    private static final int MAX_PAGES = 10_000;

    /**
     * @param fresh   a new round: {@code changed} is everything in the window, not the changes since the last one
     * @param removed ids Graph reported under {@code @removed}: deleted, or changed outside the window
     */
    record Changes(GraphWindow window, URI deltaLink, boolean fresh, List<JsonObject> changed, List<String> removed) {
    }

    private final GraphApi api;

    GraphDeltaRound(GraphApi api) {
        this.api = api;
    }

    Changes read(GraphCalendarState known, GraphWindow wanted) {
        Optional<GraphWindow> window = known.findWindow().filter(w -> !w.hasDrifted(wanted));
        if (known.findDeltaLink().isPresent() && window.isPresent()) {
            try {
                return follow(known.deltaLink(), window.get(), false);
            } catch (GraphException e) {
                if (!e.isSyncStateGone()) {
                    throw e;
                }
            }
        }
        return follow(api.deltaStart(wanted), wanted, true);
    }

    private Changes follow(URI first, GraphWindow window, boolean fresh) {
        var changed = new ArrayList<JsonObject>();
        var removed = new ArrayList<String>();
        URI link = first;
        for (int page = 1; page <= MAX_PAGES; page++) {
            GraphApi.DeltaPage answer = api.deltaPage(link);
            for (JsonObject event : answer.events()) {
                if (event.containsKey("@removed")) {
                    GraphJson.text(event, "id").ifPresent(removed::add);
                } else {
                    changed.add(event);
                }
            }
            if (answer.deltaLink().isPresent()) {
                return new Changes(window, answer.deltaLink().get(), fresh, changed, removed);
            }
            link = answer.nextLink().orElseThrow(() -> new GraphException("a delta page of " + window
                    + " had neither @odata.nextLink nor @odata.deltaLink", GraphException.NO_RESPONSE, null));
        }
        throw new GraphException("the delta round did not end after " + MAX_PAGES + " pages",
                GraphException.NO_RESPONSE, null);
    }
}

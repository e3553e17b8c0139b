package dev.tandem.calendar.control.graph;

import dev.tandem.sync.spi.FetchedItem;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Renders, right after the listing, every item the round changed, so that the sync's reads cost no request and
 * an event that cannot be read is found before the sync plans anything: it is recorded as unreadable and keeps the
 * version it had before (or stays unlisted if it is new), so that it is neither deleted in the CRM nor taken for
 * a change. One bad event never stops the others.
 */
final class GraphRendering {

    private final GraphRun run;
    private final GraphCalendarState before;
    private final ItemRenderer renderer;

    /** Renders one item by id and href. */
    @FunctionalInterface
    interface ItemRenderer {
        FetchedItem render(String id, String href);
    }

    GraphRendering(GraphRun run, GraphCalendarState before, ItemRenderer renderer) {
        this.run = run;
        this.before = before;
        this.renderer = renderer;
    }

    void renderChanged(GraphApi api) {
        Set<String> ids = new LinkedHashSet<>();
        run.fetched.keySet().stream().filter(id -> run.members.find(id).map(m -> m.kind() == GraphMember.Kind.SINGLE)
                .orElse(false)).forEach(ids::add);
        run.members.touchedSeries().stream().filter(id -> run.members.find(id).isPresent()).forEach(ids::add);
        for (String id : ids) {
            String href = api.hrefOf(id);
            Optional<String> problem = run.members.find(id).map(GraphMember::uid).filter(uid -> !uid.isEmpty())
                    .isPresent() ? Optional.empty() : Optional.of("it has neither transactionId nor iCalUId");
            try {
                if (problem.isEmpty()) {
                    run.rendered.put(id, renderer.render(id, href));
                }
            } catch (GraphException notAboutThisEvent) {
                throw notAboutThisEvent;
            } catch (RuntimeException unreadable) {
                problem = Optional.of(String.valueOf(unreadable.getMessage()));
            }
            problem.ifPresent(reason -> {
                run.unreadable.put(href, "the Microsoft Graph event " + href + " could not be read as an event ("
                        + reason + ") and is not synced until it changes");
                run.members.restore(id, before.members());
                run.rendered.remove(id);
            });
        }
    }
}

package dev.tandem.calendar.control.graph;

/**
 * Confirms the removals a delta round reported for events inside the window. Graph's {@code @removed} (reason
 * {@code deleted}) also stands for "changed so that it left the calendar view", e.g. moved beyond the window: one
 * GET tells the two apart, so an event moved far ahead is updated rather than deleted in the CRM. Removals are
 * rare, so the GETs are few.
 */
final class GraphRemovals {

    private final GraphApi api;
    private final GraphRun run;

    GraphRemovals(GraphApi api, GraphRun run) {
        this.api = api;
        this.run = run;
    }

    void confirm() {
        for (String id : run.members.removalsToConfirm()) {
            api.findEvent(id).ifPresentOrElse(event -> {
                run.members.seen(event);
                run.fetched(id, event);
            }, () -> run.members.removedForGood(id));
        }
    }
}

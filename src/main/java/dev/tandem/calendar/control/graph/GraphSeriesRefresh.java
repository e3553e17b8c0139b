package dev.tandem.calendar.control.graph;

/**
 * Reads the master of every series the round touched ({@code GET /me/events/{seriesMasterId}}): the calendar
 * view lists occurrences and exceptions only, while the pattern, the UID and the master's etag are the master's.
 * A master Graph no longer has takes its instances with it; a series with no instance left is gone.
 */
final class GraphSeriesRefresh {

    private final GraphApi api;
    private final GraphRun run;

    GraphSeriesRefresh(GraphApi api, GraphRun run) {
        this.api = api;
        this.run = run;
    }

    void run() {
        for (String masterId : run.members.touchedSeries()) {
            if (run.members.hasInstances(masterId)) {
                api.findEvent(masterId).ifPresentOrElse(master -> {
                    run.members.seen(master);
                    run.fetched(masterId, master);
                }, () -> run.members.forget(masterId));
            }
        }
        run.members.dropSeriesWithoutInstances();
    }
}

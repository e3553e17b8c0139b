package dev.tandem.calendar.control.graph;

import java.util.Optional;

/** Where a {@link GraphItemStore} keeps its {@link GraphCalendarState} between runs (the database, or memory). */
public interface GraphStateStore {

    Optional<GraphCalendarState> find();

    void save(GraphCalendarState state);

    /** Keeps the state in memory only. */
    static GraphStateStore inMemory() {
        return new GraphStateStore() {
            private GraphCalendarState state;

            @Override
            public Optional<GraphCalendarState> find() {
                return Optional.ofNullable(state);
            }

            @Override
            public void save(GraphCalendarState newState) {
                state = newState;
            }
        };
    }
}

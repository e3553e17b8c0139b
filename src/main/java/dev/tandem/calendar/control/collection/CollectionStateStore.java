package dev.tandem.calendar.control.collection;

import java.util.Optional;

/** Where a {@link CalDavItemStore} keeps its {@link CollectionState} between sync runs (the database, or memory). */
public interface CollectionStateStore {

    Optional<CollectionState> find();

    void save(CollectionState state);

    /** Keeps the state in memory only: every new instance starts from a full listing. */
    static CollectionStateStore inMemory() {
        return new CollectionStateStore() {
            private CollectionState state;

            @Override
            public Optional<CollectionState> find() {
                return Optional.ofNullable(state);
            }

            @Override
            public void save(CollectionState newState) {
                state = newState;
            }
        };
    }
}

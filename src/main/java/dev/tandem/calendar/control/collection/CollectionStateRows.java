package dev.tandem.calendar.control.collection;

import dev.tandem.platform.NativeColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The caldav_collection_state table: what Tandem last saw of each synced collection, per user and scope. */
@ApplicationScoped
@Transactional
public class CollectionStateRows {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public Optional<CollectionState> find(long userId, String scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sync_token, ctag, members FROM caldav_collection_state"
                + " WHERE user_id = ?1 AND scope = ?2").setParameter(1, userId).setParameter(2, scope)
                .getResultList();
        return rows.stream().findFirst().map(r -> new CollectionState((String) r[0], (String) r[1],
                CollectionMembersText.read(NativeColumns.text(r[2]))));
    }

    public void save(long userId, String scope, CollectionState state) {
        forget(userId, scope);
        em.createNativeQuery("INSERT INTO caldav_collection_state (user_id, scope, sync_token, ctag, members)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, userId).setParameter(2, scope)
                .setParameter(3, state.syncToken()).setParameter(4, state.ctag())
                .setParameter(5, CollectionMembersText.write(state.members())).executeUpdate();
    }

    public void forget(long userId, String scope) {
        em.createNativeQuery("DELETE FROM caldav_collection_state WHERE user_id = ?1 AND scope = ?2")
                .setParameter(1, userId).setParameter(2, scope).executeUpdate();
    }

    /** The store of one collection and kind of one user. */
    public CollectionStateStore storeFor(long userId, String scope) {
        return new CollectionStateStore() {
            @Override
            public Optional<CollectionState> find() {
                return CollectionStateRows.this.find(userId, scope);
            }

            @Override
            public void save(CollectionState state) {
                CollectionStateRows.this.save(userId, scope, state);
            }
        };
    }
}

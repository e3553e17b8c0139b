package dev.tandem.calendar.control.graph;

import dev.tandem.platform.NativeColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The graph_calendar_state table: what Tandem last saw of each user's Graph calendar, per account. */
@ApplicationScoped
@Transactional
public class GraphStateRows {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public Optional<GraphCalendarState> find(long userId, String scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT delta_link, window_start, window_end, members"
                + " FROM graph_calendar_state WHERE user_id = ?1 AND scope = ?2").setParameter(1, userId)
                .setParameter(2, scope).getResultList();
        return rows.stream().findFirst().map(r -> new GraphCalendarState(
                r[0] == null ? null : URI.create(NativeColumns.text(r[0])),
                r[1] == null || r[2] == null ? null
                        : new GraphWindow(Instant.parse(NativeColumns.text(r[1])),
                                Instant.parse(NativeColumns.text(r[2]))),
                GraphMembersText.read(NativeColumns.text(r[3]))));
    }

    /** Delete and insert: an upsert both H2 and PostgreSQL understand. */
    public void save(long userId, String scope, GraphCalendarState state) {
        em.createNativeQuery("DELETE FROM graph_calendar_state WHERE user_id = ?1 AND scope = ?2")
                .setParameter(1, userId).setParameter(2, scope).executeUpdate();
        em.createNativeQuery("INSERT INTO graph_calendar_state (user_id, scope, delta_link, window_start, window_end,"
                + " members) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, userId).setParameter(2, scope)
                .setParameter(3, state.findDeltaLink().map(URI::toString).orElse(null))
                .setParameter(4, state.findWindow().map(w -> w.start().toString()).orElse(null))
                .setParameter(5, state.findWindow().map(w -> w.end().toString()).orElse(null))
                .setParameter(6, GraphMembersText.write(state.members())).executeUpdate();
    }

    /** Forgets the user's Graph calendar state in every account, e.g. before a first sync with another one. */
    public void forgetAll(long userId) {
        em.createNativeQuery("DELETE FROM graph_calendar_state WHERE user_id = ?1").setParameter(1, userId)
                .executeUpdate();
    }

    /** The store of one user's calendar in one Microsoft account. */
    public GraphStateStore storeFor(long userId, String scope) {
        return new GraphStateStore() {
            @Override
            public Optional<GraphCalendarState> find() {
                return GraphStateRows.this.find(userId, scope);
            }

            @Override
            public void save(GraphCalendarState state) {
                GraphStateRows.this.save(userId, scope, state);
            }
        };
    }
}

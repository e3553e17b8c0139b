package dev.tandem.connection.control;

import dev.tandem.connection.entity.LedgerEntry;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageRequest;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The sync ledger: one entry per item a sync session looked at. Entries join the caller's transaction, so an entry
 * that says LOGGED exists exactly when the activity it names does.
 */
@ApplicationScoped
@Transactional
public class Ledger {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    /** One line of the ledger as a sync session writes it. */
    public record Line(ItemKind kind, String ref, String summary, SyncOutcome outcome, String reason,
                       Long activityId) {
    }

    public void record(long userId, Line line) {
        em.persist(new LedgerEntry(userId, OffsetDateTime.now(clock), line.kind(), line.ref(), line.summary(),
                line.outcome(), line.reason(), line.activityId()));
    }

    /** Ledger lines keep their story when the activities they name are removed (a blocklist purge), not the id. */
    public void forgetActivities(java.util.Collection<Long> activityIds) {
        if (!activityIds.isEmpty()) {
            em.createQuery("UPDATE LedgerEntry e SET e.activityId = NULL WHERE e.activityId IN :ids")
                    .setParameter("ids", activityIds).executeUpdate();
        }
    }

    /** Newest first, optionally only one outcome. */
    public Page<LedgerEntry> list(long userId, SyncOutcome outcome, PageRequest page) {
        String jpql = "SELECT e FROM LedgerEntry e WHERE e.userId = :user"
                + (page.afterId() > 0 ? " AND e.id < :before" : "")
                + (outcome == null ? "" : " AND e.outcome = :outcome") + " ORDER BY e.id DESC";
        var query = em.createQuery(jpql, LedgerEntry.class).setParameter("user", userId)
                .setMaxResults(page.limit() + 1);
        if (page.afterId() > 0) {
            query.setParameter("before", page.afterId());
        }
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        return Page.fromOverfetch(query.getResultList(), page, LedgerEntry::getId);
    }
}

package dev.tandem.mail.control.blocklist;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Finds the synced mail activities a blocklist entry covers: sender or any recipient is the address, or at the
 * domain or one of its subdomains (the same test the sync applies, see {@link dev.tandem.sync.mail.Blocklist}).
 * Native SQL because recipients are an element collection; addresses are stored lower-cased by mail sync.
 */
final class BlockedMailQuery {

    private final EntityManager em;

    BlockedMailQuery(EntityManager em) {
        this.em = em;
    }

    /** @param ownerId the user whose activities to search, or null for every user's */
    List<Long> activityIds(BlockEntry entry, Long ownerId) {
        var query = em.createNativeQuery("SELECT a.id FROM activity a " + where(entry, ownerId) + " ORDER BY a.id");
        bind(query, entry, ownerId);
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    long attachmentCount(BlockEntry entry, Long ownerId) {
        var query = em.createNativeQuery("SELECT COUNT(*) FROM attachment t WHERE t.activity_id IN "
                + "(SELECT a.id FROM activity a " + where(entry, ownerId) + ")");
        bind(query, entry, ownerId);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(BlockEntry entry, Long ownerId) {
        return "WHERE a.source = 'SYNC' AND a.type = 'EMAIL'" + (ownerId == null ? "" : " AND a.owner_id = ?3")
                + " AND (" + matches("a.from_email", entry) + " OR EXISTS (SELECT 1 FROM activity_recipient r "
                + "WHERE r.activity_id = a.id AND " + matches("r.email", entry) + "))";
    }

    private static String matches(String column, BlockEntry entry) {
        String test = entry.domain() ? " LIKE " : " = ";
        return "(" + column + test + "?1 OR " + column + test + "?2)";
    }

    private static void bind(jakarta.persistence.Query query, BlockEntry entry, Long ownerId) {
        if (entry.domain()) {
            query.setParameter(1, "%@" + entry.value()).setParameter(2, "%." + entry.value());
        } else {
            query.setParameter(1, entry.value()).setParameter(2, entry.value());
        }
        if (ownerId != null) {
            query.setParameter(3, ownerId);
        }
    }
}

package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.ItemStatus;
import dev.tandem.sync.spi.ItemVersion;
import dev.tandem.sync.spi.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar_sync_status table: one row per user, kind and UID. Each save commits on its own, right after the
 * write it describes (the sync core's rule), so a session cut short resumes without repeating a write.
 */
@ApplicationScoped
@Transactional
public class SyncStatusRows {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public Map<String, ItemStatus> loadAll(long userId, ItemKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT uid, origin, crm_href, crm_etag, crm_hash, provider_href,"
                + " provider_etag, provider_hash FROM calendar_sync_status WHERE user_id = ?1 AND kind = ?2")
                .setParameter(1, userId).setParameter(2, kind.name()).getResultList();
        var statuses = new HashMap<String, ItemStatus>();
        for (Object[] r : rows) {
            statuses.put((String) r[0], new ItemStatus((String) r[0], Side.valueOf((String) r[1]),
                    new ItemVersion((String) r[2], (String) r[3], (String) r[4]),
                    new ItemVersion((String) r[5], (String) r[6], (String) r[7])));
        }
        return statuses;
    }

    /** Delete and insert: an upsert both H2 and PostgreSQL understand. */
    public void save(long userId, ItemKind kind, ItemStatus status) {
        delete(userId, kind, status.uid());
        em.createNativeQuery("INSERT INTO calendar_sync_status (user_id, kind, uid, origin, crm_href, crm_etag,"
                + " crm_hash, provider_href, provider_etag, provider_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, status.uid())
                .setParameter(4, status.origin().name()).setParameter(5, status.crm().href())
                .setParameter(6, status.crm().etag()).setParameter(7, status.crm().contentHash())
                .setParameter(8, status.provider().href()).setParameter(9, status.provider().etag())
                .setParameter(10, status.provider().contentHash()).executeUpdate();
    }

    public void delete(long userId, ItemKind kind, String uid) {
        em.createNativeQuery("DELETE FROM calendar_sync_status WHERE user_id = ?1 AND kind = ?2 AND uid = ?3")
                .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, uid).executeUpdate();
    }

    /**
     * Forgets the statuses that point into another collection: the user connected another calendar, whose items
     * are new to the CRM, and the CRM's items new to it (rather than "deleted there", which the guard would stop).
     */
    public void forgetOtherCollections(long userId, ItemKind kind, String collectionHref) {
        em.createNativeQuery("DELETE FROM calendar_sync_status WHERE user_id = ?1 AND kind = ?2"
                + " AND provider_href NOT LIKE ?3").setParameter(1, userId).setParameter(2, kind.name())
                .setParameter(3, collectionHref.replace("%", "\\%").replace("_", "\\_") + "%").executeUpdate();
    }

    /**
     * Forgets every status of the kind: the provider's state was lost or belongs to another account, so nothing
     * can be said of what was synced; items on both sides meet again by UID, and none is taken for deleted.
     */
    public void forgetAll(long userId, ItemKind kind) {
        em.createNativeQuery("DELETE FROM calendar_sync_status WHERE user_id = ?1 AND kind = ?2")
                .setParameter(1, userId).setParameter(2, kind.name()).executeUpdate();
    }

    /** The origin sync recorded for an item: PROVIDER for what sync brought in. */
    public java.util.Optional<Side> findOrigin(long userId, ItemKind kind, String uid) {
        return em.createNativeQuery("SELECT origin FROM calendar_sync_status WHERE user_id = ?1 AND kind = ?2"
                + " AND uid = ?3").setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, uid)
                .getResultList().stream().findFirst().map(o -> Side.valueOf((String) o));
    }
}

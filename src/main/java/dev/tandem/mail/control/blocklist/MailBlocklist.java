package dev.tandem.mail.control.blocklist;

import dev.tandem.activity.entity.Activity;
import dev.tandem.connection.control.Ledger;
import dev.tandem.mail.entity.BlockedAddress;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The blocklists: each user's, and the whole CRM's (owner null, kept by admins). Adding an entry removes what was
 * already logged from or to it, with its attachments, in the same transaction; {@link #dryRun} says beforehand how
 * much that is. Each removed activity leaves a DELETED ledger line with the reason.
 */
@ApplicationScoped
@Transactional
public class MailBlocklist {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /** What an entry covers among logged mail: the activities it removes and their attachments. */
    public record Impact(BlockEntry entry, int activities, long attachments) {
    }

    /** An entry that was added, and what adding it removed. */
    public record Added(BlockedAddress blocked, Impact removed) {
    }

    /** The entries that apply to the user's mail: their own, then the CRM's. */
    public List<BlockedAddress> applyingTo(long userId) {
        return em.createQuery("SELECT b FROM BlockedAddress b WHERE b.ownerId = :owner OR b.ownerId IS NULL "
                + "ORDER BY b.ownerId, b.entry", BlockedAddress.class).setParameter("owner", userId).getResultList();
    }

    public List<BlockedAddress> crmWide() {
        return em.createQuery("SELECT b FROM BlockedAddress b WHERE b.ownerId IS NULL ORDER BY b.entry",
                BlockedAddress.class).getResultList();
    }

    /** @param ownerId the user, or null for the whole CRM (every user's logged mail) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Impact dryRun(Long ownerId, String text) {
        BlockEntry entry = BlockEntry.parse(text);
        var query = new BlockedMailQuery(em);
        return new Impact(entry, query.activityIds(entry, ownerId).size(), query.attachmentCount(entry, ownerId));
    }

    public Added add(Long ownerId, String text) {
        BlockEntry entry = BlockEntry.parse(text);
        if (isListed(ownerId, entry)) {
            throw MailRulesException.duplicate(entry.value());
        }
        var blocked = new BlockedAddress(ownerId, entry.domain(), entry.value(), OffsetDateTime.now(clock));
        em.persist(blocked);
        var query = new BlockedMailQuery(em);
        long attachments = query.attachmentCount(entry, ownerId);
        List<Long> ids = query.activityIds(entry, ownerId);
        String reason = "removed: " + entry.value() + " was added to " + (ownerId == null ? "the CRM's" : "your")
                + " blocklist";
        for (long id : ids) {
            Activity activity = em.find(Activity.class, id);
            ledger.record(activity.getOwnerId(), new Ledger.Line(ItemKind.MAIL, activity.getMessageId(),
                    activity.getSubject(), SyncOutcome.DELETED, reason, null));
            em.remove(activity);
        }
        ledger.forgetActivities(ids);
        return new Added(blocked, new Impact(entry, ids.size(), attachments));
    }

    /** @param ownerId the user, or null for an entry of the whole CRM */
    public void remove(Long ownerId, long id) {
        BlockedAddress blocked = em.find(BlockedAddress.class, id);
        boolean same = blocked != null && (ownerId == null ? blocked.isCrmWide()
                : blocked.findOwnerId().filter(ownerId::equals).isPresent());
        if (!same) {
            throw MailRulesException.notFound(id);
        }
        em.remove(blocked);
    }

    private boolean isListed(Long ownerId, BlockEntry entry) {
        String scope = ownerId == null ? "b.ownerId IS NULL" : "b.ownerId = :owner";
        var query = em.createQuery("SELECT COUNT(b) FROM BlockedAddress b WHERE " + scope
                + " AND b.entry = :entry AND b.domain = :domain", Long.class)
                .setParameter("entry", entry.value()).setParameter("domain", entry.domain());
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.getSingleResult() > 0;
    }
}

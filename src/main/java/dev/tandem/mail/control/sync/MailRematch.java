package dev.tandem.mail.control.sync;

import dev.tandem.crm.control.ContactAddressesAdded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Old mail that a new contact address concerns: when a contact is created or given an address, the mail the sync
 * left out for want of a contact with that address is marked, in the same transaction; the next session of each
 * mailbox fetches only the marked UIDs again and logs them (once: the Message-ID check still applies).
 */
@ApplicationScoped
@Transactional
public class MailRematch {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    void onAddressesAdded(@Observes ContactAddressesAdded added) {
        em.createQuery("UPDATE UnmatchedMail u SET u.rematchPending = TRUE WHERE u.address IN :addresses")
                .setParameter("addresses", added.emails()).executeUpdate();
    }

    /**
     * The marked UIDs of a folder, ascending. Only when there are some, the folder's rows of another UIDVALIDITY
     * (their UIDs mean nothing now, RFC 9051 §2.3.1.1) or older than the sync window are dropped first, since that
     * mail is never matched again: a session with nothing to match pays one indexed lookup, not a scan.
     */
    public long[] pendingUids(long connectionId, String folder, long uidValidity, OffsetDateTime windowStart) {
        if (!hasPending(connectionId, folder)) {
            return new long[0];
        }
        em.createQuery("DELETE FROM UnmatchedMail u WHERE u.connectionId = :connection AND u.folder = :folder "
                        + "AND (u.uidValidity <> :validity OR u.sentAt < :since)")
                .setParameter("connection", connectionId).setParameter("folder", folder)
                .setParameter("validity", uidValidity).setParameter("since", windowStart).executeUpdate();
        return em.createQuery("SELECT DISTINCT u.uid FROM UnmatchedMail u WHERE u.connectionId = :connection "
                        + "AND u.folder = :folder AND u.rematchPending = TRUE ORDER BY u.uid", Long.class)
                .setParameter("connection", connectionId).setParameter("folder", folder).getResultList()
                .stream().mapToLong(Long::longValue).toArray();
    }

    private boolean hasPending(long connectionId, String folder) {
        return !em.createQuery("SELECT u.uid FROM UnmatchedMail u WHERE u.connectionId = :connection "
                        + "AND u.folder = :folder AND u.rematchPending = TRUE", Long.class)
                .setParameter("connection", connectionId).setParameter("folder", folder).setMaxResults(1)
                .getResultList().isEmpty();
    }
}

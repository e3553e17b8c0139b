package dev.tandem.mail.control.blocklist;

import dev.tandem.mail.entity.MailPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Each user's choices about what mail sync logs. Bulk mail is off by default: newsletters are not sales talk. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean logsBulkMail(long userId) {
        MailPreference stored = em.find(MailPreference.class, userId);
        return stored != null && stored.isLogBulkMail();
    }

    public void setLogBulkMail(long userId, boolean log) {
        MailPreference stored = em.find(MailPreference.class, userId);
        if (stored == null) {
            em.persist(new MailPreference(userId, log));
        } else {
            stored.changeLogBulkMail(log);
        }
    }
}

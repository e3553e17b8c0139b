package dev.tandem.mail.control.blocklist;

import dev.tandem.mail.entity.BlockedAddress;
import dev.tandem.sync.mail.Blocklist;
import dev.tandem.sync.mail.MailRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;

/** The {@link MailRules} one user's sync session applies, read once at its start. */
@ApplicationScoped
public class SessionMailRules {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    MailBlocklist blocklist;

    @Inject
    MailPreferences preferences;

    public MailRules forUser(long userId) {
        var entries = blocklist.applyingTo(userId).stream().map(SessionMailRules::entry).toList();
        var colleagues = new HashSet<>(em.createQuery("SELECT u.email FROM AppUser u", String.class).getResultList());
        return new MailRules(new Blocklist(entries), colleagues, preferences.logsBulkMail(userId));
    }

    private static Blocklist.Entry entry(BlockedAddress blocked) {
        return new Blocklist.Entry(blocked.getEntry(), blocked.isDomain(), blocked.isCrmWide());
    }
}

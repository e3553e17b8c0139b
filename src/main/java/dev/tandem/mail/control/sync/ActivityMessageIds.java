package dev.tandem.mail.control.sync;

import dev.tandem.sync.mail.LoggedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which Message-IDs one user already has as activities: the idempotence check of mail sync. */
public class ActivityMessageIds implements LoggedMessages {

    private final EntityManager em;
    private final long ownerId;

    ActivityMessageIds(EntityManager em, long ownerId) {
        this.em = em;
        this.ownerId = ownerId;
    }

    @Override
    public Optional<Long> findActivityIdByMessageId(String messageId) {
        return Optional.ofNullable(findActivityIdsByMessageIds(List.of(messageId)).get(messageId));
    }

    @Override
    public Map<String, Long> findActivityIdsByMessageIds(Collection<String> messageIds) {
        var found = new LinkedHashMap<String, Long>();
        if (messageIds.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT a.messageId, a.id FROM Activity a WHERE a.ownerId = :owner "
                        + "AND a.messageId IN :ids", Object[].class)
                .setParameter("owner", ownerId).setParameter("ids", messageIds).getResultList()
                .forEach(row -> found.put((String) row[0], (Long) row[1]));
        return found;
    }

    /** Builds the lookup for one user; lives in the feature so the JPA detail stays here. */
    @ApplicationScoped
    public static class Factory {
        @PersistenceContext(unitName = "tandem")
        EntityManager em;

        public ActivityMessageIds forOwner(long ownerId) {
            return new ActivityMessageIds(em, ownerId);
        }
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.entity.OAuthSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * OAuth sign-ins waiting for their callback, kept in the database so that any instance can finish what another
 * started. A state is good once and for {@link #LIFETIME}: an old or replayed callback finds nothing.
 */
@ApplicationScoped
@Transactional
public class PendingSignIns {

    /** Long enough to read a consent page and type a password with a second factor. */
    static final Duration LIFETIME = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    /** Keeps a new sign-in and drops those whose time is up. */
    public void add(OAuthSignIn signIn) {
        em.createQuery("DELETE FROM OAuthSignIn s WHERE s.createdAt < :oldest")
                .setParameter("oldest", OffsetDateTime.now(clock).minus(LIFETIME)).executeUpdate();
        em.persist(signIn);
    }

    /** Removes and returns the sign-in of this state, unless it is unknown, used or too old. */
    public Optional<OAuthSignIn> take(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        OAuthSignIn found = em.find(OAuthSignIn.class, state);
        if (found == null) {
            return Optional.empty();
        }
        em.detach(found);
        if (!removed(state)) {
            return Optional.empty();
        }
        boolean fresh = found.getCreatedAt().isAfter(OffsetDateTime.now(clock).minus(LIFETIME));
        return fresh ? Optional.of(found) : Optional.empty();
    }

    /** A conditional delete, so that of two callbacks racing with one state only one gets it. */
    private boolean removed(String state) {
        return em.createQuery("DELETE FROM OAuthSignIn s WHERE s.state = :state").setParameter("state", state)
                .executeUpdate() == 1;
    }
}

package dev.tandem.crm.control;

import dev.tandem.crm.entity.AppUser;
import dev.tandem.crm.entity.Role;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The users of this Tandem instance: who they are, what they may do, and how they prove it. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    /** The data a new user starts with; the password is hashed here and never kept. */
    public record NewUser(String username, String password, String displayName, String email, Set<Role> roles) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + ", roles=" + roles + "]";
        }
    }

    public AppUser create(NewUser user) {
        if (findByUsername(user.username()).isPresent()) {
            throw CrmException.conflict("The user name '" + user.username() + "' is taken.");
        }
        var created = new AppUser(user.username(), passwords.hash(user.password()), user.displayName(),
                EmailAddresses.normalise(user.email()), user.roles(), OffsetDateTime.now(clock));
        em.persist(created);
        return created;
    }

    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public AppUser getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> CrmException.notFound("user", username));
    }

    public AppUser getById(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id)).orElseThrow(() -> CrmException.notFound("user", id));
    }

    /** Saves the screens' language the user chose; empty: follow the browser's language again. */
    public void chooseLanguage(long userId, Optional<Locale> language) {
        getById(userId).chooseLanguage(language);
    }

    public Optional<Set<String>> findRoles(String username) {
        return findByUsername(username)
                .map(u -> u.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    public Page<AppUser> list(PageRequest page) {
        var rows = em.createNamedQuery(AppUser.ALL_AFTER, AppUser.class).setParameter("after", page.afterId())
                .setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetch(rows, page, AppUser::getId);
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() == 0;
    }
}

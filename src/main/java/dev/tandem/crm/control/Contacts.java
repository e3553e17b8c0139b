package dev.tandem.crm.control;

import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The contacts of the CRM, shared by every user of the instance. An address belongs to one contact only. */
@ApplicationScoped
@Transactional
public class Contacts {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Companies companies;

    @Inject
    Clock clock;

    @Inject
    Event<ContactAddressesAdded> addressesAdded;

    /** What a contact is made of, as the API or the demo data give it. */
    public record ContactData(String name, Collection<String> emails, Long companyId) {
    }

    public Contact create(ContactData data) {
        Set<String> emails = EmailAddresses.normaliseAll(data.emails());
        ensureEmailsFree(emails, null);
        var contact = new Contact(data.name().strip(), emails, companyOf(data.companyId()), OffsetDateTime.now(clock));
        em.persist(contact);
        announce(contact.getId(), matchKeys(emails));
        return contact;
    }

    public Contact update(long id, ContactData data) {
        Contact contact = get(id);
        Set<String> emails = EmailAddresses.normaliseAll(data.emails());
        ensureEmailsFree(emails, id);
        Set<String> added = matchKeys(emails);
        added.removeAll(matchKeys(contact.getEmails()));
        announce(id, added);
        contact.update(data.name().strip(), emails, companyOf(data.companyId()));
        return contact;
    }

    public void delete(long id) {
        em.remove(get(id));
    }

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    public Contact get(long id) {
        return find(id).orElseThrow(() -> CrmException.notFound("contact", id));
    }

    public Page<Contact> list(PageRequest page) {
        var rows = em.createNamedQuery(Contact.ALL_AFTER, Contact.class).setParameter("after", page.afterId())
                .setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetch(rows, page, Contact::getId);
    }

    /**
     * Contacts whose name, an address or the company's name contains {@code text} (any case), by name; all of
     * them, up to {@code max}, for a blank text.
     */
    public List<Contact> search(String text, int max) {
        return em.createQuery("SELECT DISTINCT c FROM Contact c LEFT JOIN c.emails e LEFT JOIN c.company co"
                + " WHERE LOWER(c.name) LIKE :text ESCAPE '!' OR LOWER(e.address) LIKE :text ESCAPE '!'"
                + " OR LOWER(co.name) LIKE :text ESCAPE '!' ORDER BY c.name, c.id", Contact.class)
                .setParameter("text", LikePatterns.containing(text)).setMaxResults(max).getResultList();
    }

    /** The people of a company, by name. */
    public List<Contact> ofCompany(long companyId, int max) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.company.id = :company ORDER BY c.name, c.id",
                Contact.class).setParameter("company", companyId).setMaxResults(max).getResultList();
    }

    /** Contacts owning any of these addresses, compared case-insensitively. */
    public List<Contact> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        Set<String> keys = emails.stream().map(EmailAddresses::matchKey).collect(Collectors.toSet());
        return em.createQuery("SELECT DISTINCT c FROM Contact c JOIN c.emails e WHERE e.matchKey IN :keys "
                + "ORDER BY c.id", Contact.class).setParameter("keys", keys).getResultList();
    }

    private static Set<String> matchKeys(Collection<String> emails) {
        return emails.stream().map(EmailAddresses::matchKey).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private void announce(long contactId, Set<String> emails) {
        if (!emails.isEmpty()) {
            addressesAdded.fire(new ContactAddressesAdded(contactId, emails));
        }
    }

    private Company companyOf(Long companyId) {
        if (companyId == null) {
            return null;
        }
        return companies.find(companyId).orElseThrow(
                () -> CrmException.invalid("companyId: there is no company " + companyId + "."));
    }

    private void ensureEmailsFree(Set<String> emails, Long exceptContactId) {
        for (Contact other : findByEmails(emails)) {
            if (!other.getId().equals(exceptContactId)) {
                throw CrmException.conflict("An address in this contact already belongs to contact "
                        + other.getId() + " (" + other.getName() + ").");
            }
        }
    }
}

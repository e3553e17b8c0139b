package dev.tandem.crm.control;

import dev.tandem.crm.entity.Company;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
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

/** The companies of the CRM, shared by every user of the instance. A web domain belongs to one company only. */
@ApplicationScoped
@Transactional
public class Companies {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    public Company create(String name, Collection<String> domains) {
        Set<String> normalised = normaliseDomains(domains);
        ensureDomainsFree(normalised, null);
        var company = new Company(name.strip(), normalised, OffsetDateTime.now(clock));
        em.persist(company);
        return company;
    }

    public Company update(long id, String name, Collection<String> domains) {
        Company company = get(id);
        Set<String> normalised = normaliseDomains(domains);
        ensureDomainsFree(normalised, id);
        company.update(name.strip(), normalised);
        return company;
    }

    public void delete(long id) {
        em.remove(get(id));
    }

    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    public Company get(long id) {
        return find(id).orElseThrow(() -> CrmException.notFound("company", id));
    }

    public Page<Company> list(PageRequest page) {
        var rows = em.createNamedQuery(Company.ALL_AFTER, Company.class).setParameter("after", page.afterId())
                .setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetch(rows, page, Company::getId);
    }

    /**
     * Companies whose name or a web domain contains {@code text} (any case), by name; all of them, up to
     * {@code max}, for a blank text.
     */
    public List<Company> search(String text, int max) {
        return em.createQuery("SELECT DISTINCT c FROM Company c LEFT JOIN c.domains d"
                + " WHERE LOWER(c.name) LIKE :text ESCAPE '!' OR d LIKE :text ESCAPE '!' ORDER BY c.name, c.id",
                Company.class).setParameter("text", LikePatterns.containing(text)).setMaxResults(max)
                .getResultList();
    }

    public List<Company> findByDomains(Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Company.BY_DOMAIN, Company.class)
                .setParameter("domains", normaliseDomains(domains)).getResultList();
    }

    private static Set<String> normaliseDomains(Collection<String> domains) {
        var result = new java.util.LinkedHashSet<String>();
        domains.stream().map(EmailAddresses::normaliseDomain).forEach(result::add);
        return result;
    }

    private void ensureDomainsFree(Set<String> domains, Long exceptCompanyId) {
        for (Company other : findByDomains(domains)) {
            if (!other.getId().equals(exceptCompanyId)) {
                var taken = new java.util.TreeSet<>(other.getDomains());
                taken.retainAll(domains);
                throw CrmException.conflict("The domain " + String.join(", ", taken)
                        + " already belongs to company " + other.getId() + " (" + other.getName() + ").");
            }
        }
    }
}

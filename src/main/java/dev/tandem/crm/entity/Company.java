package dev.tandem.crm.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** An organisation in the CRM. Its web domains let mail from anyone there be logged against it. */
@Entity
@NamedQuery(name = Company.ALL_AFTER, query = "SELECT c FROM Company c WHERE c.id > :after ORDER BY c.id")
@NamedQuery(name = Company.BY_DOMAIN,
        query = "SELECT c FROM Company c JOIN c.domains d WHERE d IN :domains")
public class Company {

    public static final String ALL_AFTER = "Company.allAfter";
    public static final String BY_DOMAIN = "Company.byDomain";

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_domain", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Company() {
    }

    public Company(String name, Set<String> domains, OffsetDateTime createdAt) {
        this.createdAt = createdAt;
        update(name, domains);
    }

    public final void update(String newName, Set<String> newDomains) {
        this.name = newName;
        this.domains.clear();
        this.domains.addAll(newDomains);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getDomains() {
        return Set.copyOf(domains);
    }
}

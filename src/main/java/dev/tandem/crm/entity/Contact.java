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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A person in the CRM, reachable at one or more email addresses; each address belongs to one contact only. */
@Entity
@NamedQuery(name = Contact.ALL_AFTER, query = "SELECT c FROM Contact c WHERE c.id > :after ORDER BY c.id")
public class Contact {

    public static final String ALL_AFTER = "Contact.allAfter";

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_email", joinColumns = @JoinColumn(name = "contact_id"))
    private Set<ContactEmail> emails = new LinkedHashSet<>();

    @ManyToOne
    @JoinColumn(name = "company_id")
    private Company company;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Contact() {
    }

    public Contact(String name, Set<String> emails, Company company, OffsetDateTime createdAt) {
        this.createdAt = createdAt;
        update(name, emails, company);
    }

    public final void update(String newName, Set<String> newEmails, Company newCompany) {
        this.name = newName;
        this.emails.clear();
        newEmails.stream().map(ContactEmail::new).forEach(this.emails::add);
        this.company = newCompany;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getEmails() {
        return emails.stream().map(ContactEmail::getAddress).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<Company> findCompany() {
        return Optional.ofNullable(company);
    }
}

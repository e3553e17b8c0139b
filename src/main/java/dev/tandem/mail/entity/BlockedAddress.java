package dev.tandem.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An address or domain whose mail is never logged, for one user or (no owner) for the whole CRM. */
@Entity
@Table(name = "mail_blocked")
public class BlockedAddress {

    @Id
    @SequenceGenerator(name = "mail_blocked_seq", sequenceName = "mail_blocked_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_blocked_seq")
    private Long id;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "is_domain", nullable = false)
    private boolean domain;

    @Column(nullable = false)
    private String entry;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected BlockedAddress() {
    }

    /** @param ownerId the user, or null for an entry of the whole CRM */
    public BlockedAddress(Long ownerId, boolean domain, String entry, OffsetDateTime createdAt) {
        this.ownerId = ownerId;
        this.domain = domain;
        this.entry = entry;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Optional<Long> findOwnerId() {
        return Optional.ofNullable(ownerId);
    }

    public boolean isCrmWide() {
        return ownerId == null;
    }

    public boolean isDomain() {
        return domain;
    }

    public String getEntry() {
        return entry;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}

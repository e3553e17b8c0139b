package dev.tandem.connection.entity;

import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** What the sync did with one item it saw, and why: the user's answer to "why is this mail (not) in the CRM?". */
@Entity
@Table(name = "sync_ledger")
public class LedgerEntry {

    private static final int MAX_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "sync_ledger_seq", sequenceName = "sync_ledger_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_ledger_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String ref;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncOutcome outcome;

    private String reason;

    @Column(name = "activity_id")
    private Long activityId;

    protected LedgerEntry() {
    }

    public LedgerEntry(long userId, OffsetDateTime at, ItemKind kind, String ref, String summary, SyncOutcome outcome,
                       String reason, Long activityId) {
        this.userId = userId;
        this.at = at;
        this.kind = kind;
        this.ref = cut(ref, 998);
        this.summary = cut(summary == null ? "" : summary, 1000);
        this.outcome = outcome;
        this.reason = reason == null ? null : cut(reason, MAX_TEXT);
        this.activityId = activityId;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getRef() {
        return ref;
    }

    public String getSummary() {
        return summary;
    }

    public SyncOutcome getOutcome() {
        return outcome;
    }

    public Optional<String> findReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Long> findActivityId() {
        return Optional.ofNullable(activityId);
    }
}

package dev.tandem.activity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something that happened with CRM contacts or companies, owned by one user: a note typed in the CRM, or a mail the
 * sync logged. Synced activities are read-only: {@link #isReadOnly()} guards every change.
 */
@Entity
public class Activity {

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivitySource source;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body")
    private String text;

    @Column(name = "html_body")
    private String html;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "from_email")
    private String fromEmail;

    @Column(name = "from_name")
    private String fromName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_recipient", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderBy("kind ASC, ordinal ASC")
    private List<Recipient> recipients = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_contact", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "contact_id")
    private Set<Long> contactIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_company", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "company_id")
    private Set<Long> companyIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Activity() {
    }

    private Activity(long ownerId, ActivityType type, ActivitySource source, OffsetDateTime createdAt) {
        this.ownerId = ownerId;
        this.type = type;
        this.source = source;
        this.createdAt = createdAt;
    }

    public static Activity note(long ownerId, NoteContent content, OffsetDateTime now) {
        var note = new Activity(ownerId, ActivityType.NOTE, ActivitySource.MANUAL, now);
        note.apply(content);
        return note;
    }

    public static Activity syncedEmail(long ownerId, EmailContent mail, OffsetDateTime now) {
        var email = new Activity(ownerId, ActivityType.EMAIL, ActivitySource.SYNC, now);
        email.fillFrom(mail);
        return email;
    }

    /** Changes a note; callers check {@link #isReadOnly()} first and refuse with a reason the user can read. */
    public void apply(NoteContent content) {
        if (isReadOnly()) {
            throw new IllegalStateException("activity " + id + " is read-only");
        }
        this.subject = content.subject();
        this.text = content.text();
        this.occurredAt = content.occurredAt();
        this.contactIds = new LinkedHashSet<>(content.contactIds());
        this.companyIds = new LinkedHashSet<>(content.companyIds());
    }

    private void fillFrom(EmailContent mail) {
        this.direction = mail.direction();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.occurredAt = mail.occurredAt();
        this.messageId = mail.messageId();
        this.fromEmail = mail.fromEmail();
        this.fromName = mail.fromName();
        this.recipients = new ArrayList<>(mail.recipients());
        this.contactIds = new LinkedHashSet<>(mail.contactIds());
        this.companyIds = new LinkedHashSet<>(mail.companyIds());
    }

    public Attachment attach(String filename, String contentType, byte[] content) {
        var attachment = new Attachment(this, filename, contentType, content);
        attachments.add(attachment);
        return attachment;
    }

    public boolean isReadOnly() {
        return source == ActivitySource.SYNC;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public Optional<Attachment> findAttachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() == attachmentId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ActivityType getType() {
        return type;
    }

    public ActivitySource getSource() {
        return source;
    }

    public Optional<Direction> findDirection() {
        return Optional.ofNullable(direction);
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public String getFromName() {
        return fromName;
    }

    public List<Recipient> getRecipients() {
        return List.copyOf(recipients);
    }

    public Set<Long> getContactIds() {
        return Set.copyOf(contactIds);
    }

    public Set<Long> getCompanyIds() {
        return Set.copyOf(companyIds);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}

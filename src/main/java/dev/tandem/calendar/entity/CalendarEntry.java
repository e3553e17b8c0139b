package dev.tandem.calendar.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One event or task (one iCalendar UID) in a user's CRM calendar. The iCalendar text is the source of truth and
 * is what sync exchanges; {@link EntryColumns} are copies of it for queries. The JPA version is the CRM side's
 * ETag in two-way sync.
 */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry {

    @Id
    @SequenceGenerator(name = "calendar_entry_seq", sequenceName = "calendar_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_entry_seq")
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String uid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(nullable = false)
    private String icalendar;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(nullable = false)
    private boolean recurring;

    @Column(name = "organizer_email")
    private String organizerEmail;

    @Column(name = "my_status")
    private String myStatus;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(nullable = false)
    private boolean completed;

    @ElementCollection
    @CollectionTable(name = "calendar_attendee", joinColumns = @JoinColumn(name = "entry_id"))
    private List<EntryAttendee> attendees = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CalendarEntry() {
    }

    public CalendarEntry(long ownerId, String uid, Origin origin) {
        this.ownerId = ownerId;
        this.uid = uid;
        this.origin = origin;
    }

    /** Replaces the text and every column copied from it. */
    public void replace(String newIcalendar, EntryColumns columns, OffsetDateTime now) {
        this.icalendar = newIcalendar;
        this.kind = columns.kind();
        this.title = columns.title();
        this.startsAt = columns.startsAt();
        this.endsAt = columns.endsAt();
        this.allDay = columns.allDay();
        this.timeZone = columns.timeZone();
        this.recurring = columns.recurring();
        this.organizerEmail = columns.organizerEmail();
        this.myStatus = columns.myStatus();
        this.dueAt = columns.dueAt();
        this.completed = columns.completed();
        this.attendees.clear();
        this.attendees.addAll(columns.attendees());
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getKind() {
        return kind;
    }

    public String getUid() {
        return uid;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getIcalendar() {
        return icalendar;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }
}

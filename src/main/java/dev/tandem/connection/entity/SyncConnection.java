package dev.tandem.connection.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A user's link to their mail and calendar provider: what to sync, where, and how the last sessions went. One per
 * user; stopping keeps the row (and everything logged) but erases the credentials.
 */
@Entity
@Table(name = "sync_connection")
public class SyncConnection {

    @Id
    @SequenceGenerator(name = "sync_connection_seq", sequenceName = "sync_connection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_connection_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConnectionState state;

    private String account;

    @Column(nullable = false)
    private String settings;

    private String secret;

    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "mail_state"))
    @AttributeOverride(name = "lastSyncAt", column = @Column(name = "mail_last_sync_at"))
    @AttributeOverride(name = "lastError", column = @Column(name = "mail_last_error"))
    @AttributeOverride(name = "lastErrorKey", column = @Column(name = "mail_last_error_key"))
    @AttributeOverride(name = "lastErrorArgs", column = @Column(name = "mail_last_error_args"))
    private PartStatus mail = new PartStatus();

    @Column(name = "mail_imported", nullable = false)
    private long mailImported;

    @Column(name = "mail_progress", nullable = false)
    private double mailProgress;

    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "calendar_state"))
    @AttributeOverride(name = "lastSyncAt", column = @Column(name = "calendar_last_sync_at"))
    @AttributeOverride(name = "lastError", column = @Column(name = "calendar_last_error"))
    @AttributeOverride(name = "lastErrorKey", column = @Column(name = "calendar_last_error_key"))
    @AttributeOverride(name = "lastErrorArgs", column = @Column(name = "calendar_last_error_args"))
    private PartStatus calendar = new PartStatus();

    @Column(name = "next_sync_at")
    private OffsetDateTime nextSyncAt;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SyncConnection() {
    }

    public SyncConnection(long userId, OffsetDateTime createdAt) {
        this.userId = userId;
        this.createdAt = createdAt;
        this.state = ConnectionState.NOT_CONNECTED;
        this.provider = Provider.IMAP;
        this.mode = SyncMode.MAIL;
        this.settings = "{}";
    }

    /**
     * Starts (or restarts) syncing with freshly verified settings and credentials: a new connection, whose first
     * sync the screens follow from the start (nothing logged by it yet, no last sync).
     */
    public void activate(Provider newProvider, SyncMode newMode, String newAccount, String newSettings,
                         String encryptedSecret) {
        this.provider = newProvider;
        this.account = newAccount;
        this.settings = newSettings;
        this.secret = encryptedSecret;
        this.state = ConnectionState.ACTIVE;
        this.consecutiveFailures = 0;
        this.mailImported = 0;
        this.mailProgress = 0;
        getMail().forgetLastSync();
        getCalendar().forgetLastSync();
        changeMode(newMode);
    }

    /** Replaces the credentials with renewed ones (a refreshed OAuth token); nothing else changes. */
    public void renewSecret(String encryptedSecret) {
        this.secret = encryptedSecret;
    }

    public void changeMode(SyncMode newMode) {
        this.mode = newMode;
        getMail().reset(newMode.includesMail());
        getCalendar().reset(newMode.includesCalendar());
    }

    /** Ends syncing and erases the credentials; what was logged stays. */
    public void stop() {
        this.state = ConnectionState.STOPPED;
        this.secret = null;
        this.nextSyncAt = null;
        getMail().stop();
        getCalendar().stop();
    }

    public void succeeded(OffsetDateTime nextAt) {
        this.state = ConnectionState.ACTIVE;
        this.consecutiveFailures = 0;
        this.nextSyncAt = nextAt;
    }

    public void failed(ConnectionState newState, OffsetDateTime nextAt) {
        this.state = newState;
        this.consecutiveFailures++;
        this.nextSyncAt = nextAt;
    }

    public boolean isSyncing() {
        return state == ConnectionState.ACTIVE || state == ConnectionState.ERROR;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Provider getProvider() {
        return provider;
    }

    public SyncMode getMode() {
        return mode;
    }

    public ConnectionState getState() {
        return state;
    }

    public Optional<String> findAccount() {
        return Optional.ofNullable(account);
    }

    public String getSettings() {
        return settings;
    }

    public Optional<String> findSecret() {
        return Optional.ofNullable(secret);
    }

    /** JPA loads an embeddable whose columns are all NULL as null; a half that never ran is still a status. */
    public PartStatus getMail() {
        if (mail == null) {
            mail = new PartStatus();
        }
        return mail;
    }

    public PartStatus getCalendar() {
        if (calendar == null) {
            calendar = new PartStatus();
        }
        return calendar;
    }

    /** Progress of a first mail sync (0..1) and the mails it logged since the last report. */
    public void mailProgressed(double share, long newlyImported) {
        mailProgress = Math.max(0, Math.min(1, share));
        mailImported += newlyImported;
    }

    public void mailSucceeded(OffsetDateTime at) {
        getMail().succeeded(at);
        mailProgress = 1.0;
    }

    public long getMailImported() {
        return mailImported;
    }

    public double getMailProgress() {
        return mailProgress;
    }

    public Optional<OffsetDateTime> findNextSyncAt() {
        return Optional.ofNullable(nextSyncAt);
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}

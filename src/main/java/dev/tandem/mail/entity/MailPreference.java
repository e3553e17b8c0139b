package dev.tandem.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's choices about what mail sync logs; a user without a row has the defaults (bulk mail not logged). */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "log_bulk_mail", nullable = false)
    private boolean logBulkMail;

    protected MailPreference() {
    }

    public MailPreference(long userId, boolean logBulkMail) {
        this.userId = userId;
        this.logBulkMail = logBulkMail;
    }

    public boolean isLogBulkMail() {
        return logBulkMail;
    }

    public void changeLogBulkMail(boolean log) {
        this.logBulkMail = log;
    }
}

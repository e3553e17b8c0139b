package dev.tandem.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One address of a mail the sync left out because no contact had it (a "no CRM contact among …" ledger entry),
 * with where the mail lies in the mailbox. When a contact gets the address the row is marked, and the next session
 * fetches only the marked mail again.
 */
@Entity
@Table(name = "mail_unmatched")
@IdClass(UnmatchedMail.Key.class)
public class UnmatchedMail {

    @Id
    @Column(name = "connection_id")
    private long connectionId;

    @Id
    private String folder;

    @Id
    @Column(name = "uid_validity")
    private long uidValidity;

    @Id
    private long uid;

    @Id
    private String address;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "rematch_pending", nullable = false)
    private boolean rematchPending;

    protected UnmatchedMail() {
    }

    public UnmatchedMail(long connectionId, String folder, long uidValidity, long uid, String address,
                         OffsetDateTime sentAt) {
        this.connectionId = connectionId;
        this.folder = folder;
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.address = address;
        this.sentAt = sentAt;
    }

    public long getUid() {
        return uid;
    }

    /** Composite key: connection, folder, UIDVALIDITY, UID and address. */
    public static class Key implements Serializable {
        private long connectionId;
        private String folder;
        private long uidValidity;
        private long uid;
        private String address;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && connectionId == that.connectionId && uidValidity == that.uidValidity
                    && uid == that.uid && folder.equals(that.folder) && address.equals(that.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectionId, folder, uidValidity, uid, address);
        }
    }
}

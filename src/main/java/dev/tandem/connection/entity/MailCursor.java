package dev.tandem.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The stored form of the sync core's {@code FolderCursor} for one connection and folder. */
@Entity
@Table(name = "mail_cursor")
@IdClass(MailCursor.Key.class)
public class MailCursor {

    @Id
    @Column(name = "connection_id")
    private long connectionId;

    @Id
    private String folder;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "highest_modseq", nullable = false)
    private long highestModSeq;

    protected MailCursor() {
    }

    public MailCursor(long connectionId, String folder) {
        this.connectionId = connectionId;
        this.folder = folder;
    }

    public void moveTo(long newUidValidity, long newLastUid, long newHighestModSeq) {
        this.uidValidity = newUidValidity;
        this.lastUid = newLastUid;
        this.highestModSeq = newHighestModSeq;
    }

    public String getFolder() {
        return folder;
    }

    public long getUidValidity() {
        return uidValidity;
    }

    public long getLastUid() {
        return lastUid;
    }

    public long getHighestModSeq() {
        return highestModSeq;
    }

    /** Composite key: connection and folder name. */
    public static class Key implements Serializable {
        private long connectionId;
        private String folder;

        public Key() {
        }

        public Key(long connectionId, String folder) {
            this.connectionId = connectionId;
            this.folder = folder;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && connectionId == that.connectionId && folder.equals(that.folder);
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectionId, folder);
        }
    }
}

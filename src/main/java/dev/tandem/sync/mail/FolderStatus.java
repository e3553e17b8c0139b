package dev.tandem.sync.mail;

/**
 * What the server says about a folder when it is selected or asked with STATUS (RFC 9051 §6.3.11): enough to
 * tell, without fetching a single message, whether anything arrived since the last run.
 *
 * @param uidValidity   UIDVALIDITY; when it changes every stored UID of the folder is meaningless (RFC 9051 §2.3.1.1)
 * @param uidNext       UIDNEXT, the UID the next message will get, or 0 when the server did not report it
 * @param highestModSeq HIGHESTMODSEQ (RFC 7162 §3.1.2), or 0 when the server has no CONDSTORE
 */
public record FolderStatus(long uidValidity, long uidNext, long highestModSeq) {

    public FolderStatus {
        if (uidValidity <= 0) {
            throw new IllegalArgumentException("UIDVALIDITY must be a positive number, was " + uidValidity);
        }
        if (uidNext < 0 || highestModSeq < 0) {
            throw new IllegalArgumentException("UIDNEXT and HIGHESTMODSEQ cannot be negative");
        }
    }

    public boolean knowsUidNext() {
        return uidNext > 0;
    }
}

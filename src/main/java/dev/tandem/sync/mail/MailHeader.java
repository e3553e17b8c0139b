package dev.tandem.sync.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the sync knows of a message before it downloads anything more: the envelope fetched with the headers
 * (IMAP {@code FETCH (UID ENVELOPE RFC822.SIZE)}, RFC 9051 §6.4.5). Matching runs on this alone, so bodies are
 * only downloaded for mail that concerns the CRM.
 *
 * @param uid       the message's UID in its folder (RFC 9051 §2.3.1.1)
 * @param messageId the Message-ID header, or a synthetic stable id when the mail has none
 * @param sizeBytes RFC822.SIZE, or -1 when unknown
 * @param bulk      the mail says it went to a list: a {@code List-Unsubscribe} header (RFC 2369) or
 *                  {@code Precedence: bulk} / {@code list} (RFC 3834 §3.1.8 names the convention)
 */
public record MailHeader(long uid, String messageId, String subject, OffsetDateTime sentAt,
                         MailAddress from, List<MailAddress> to, List<MailAddress> cc, long sizeBytes, boolean bulk) {

    public MailHeader {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        subject = subject == null ? "" : subject;
    }

    /** A personal (not bulk) mail. */
    public MailHeader(long uid, String messageId, String subject, OffsetDateTime sentAt,
                      MailAddress from, List<MailAddress> to, List<MailAddress> cc, long sizeBytes) {
        this(uid, messageId, subject, sentAt, from, to, cc, sizeBytes, false);
    }

    public Optional<MailAddress> findFrom() {
        return Optional.ofNullable(from);
    }

    /** Sender first, then To, then Cc: every mailbox the message names. */
    public List<MailAddress> allAddresses() {
        var all = new java.util.ArrayList<MailAddress>();
        findFrom().ifPresent(all::add);
        all.addAll(to);
        all.addAll(cc);
        return all;
    }
}

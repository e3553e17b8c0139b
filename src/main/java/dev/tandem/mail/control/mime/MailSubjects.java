package dev.tandem.mail.control.mime;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * Reads a Subject for display: RFC 2047 encoded words decoded (also those Jakarta Mail leaves alone, such as
 * words in an unknown charset or glued to text), folding removed (RFC 5322 §2.2.3).
 */
final class MailSubjects {

    private MailSubjects() {
    }

    /** Falls back to the raw header when the server's IMAP ENVELOPE cannot be parsed. */
    static String read(Message message) throws MessagingException {
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException envelopeUnreadable) {
            if (MailPartStreams.isLostConnection(envelopeUnreadable)) {
                throw envelopeUnreadable;
            }
            String[] raw = message.getHeader("Subject");
            subject = raw == null || raw.length == 0 ? null : raw[0];
        }
        if (subject == null) {
            return "";
        }
        return MailAddressDecoder.decodeWords(subject).replaceAll("\\r?\\n", "").strip();
    }
}

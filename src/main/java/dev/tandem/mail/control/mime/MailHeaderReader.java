package dev.tandem.mail.control.mime;

import dev.tandem.sync.mail.MailAddress;
import dev.tandem.sync.mail.MailHeader;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the {@link MailHeader} the sync matches on from a message fetched with an IMAP FetchProfile of ENVELOPE,
 * UID and SIZE, without a further round trip for well-formed mail. Garbled headers do not fail the read: a From
 * that does not parse is salvaged or left empty (then Sender is tried), a missing Message-ID gets a
 * {@link SyntheticMessageId stable synthetic one}, a missing Date falls back to the received date.
 */
public final class MailHeaderReader {

    private static final Session HEADER_SESSION = Session.getInstance(new Properties());

    /**
     * The header fields that mark bulk mail (RFC 2369 List-Unsubscribe; the Precedence convention RFC 3834 §3.1.8
     * describes): add them to the FetchProfile so reading them costs no round trip of its own.
     */
    public static final List<String> BULK_HEADERS = List.of("List-Unsubscribe", "Precedence");

    private final MailAddressDecoder addresses = new MailAddressDecoder();

    /**
     * @param uid the UID the caller got from {@code UIDFolder.getUID(message)}; a plain Message does not know it
     * @throws MailContentException when the message cannot be read at all (removed, folder closed, connection lost)
     */
    public MailHeader read(Message message, long uid) throws MailContentException {
        try {
            return readFields(message, uid, message.getSize());
        } catch (MessagingException envelopeFailed) {
            if (MailPartStreams.isLostConnection(envelopeFailed)) {
                throw unreadable(uid, envelopeFailed);
            }
            return readRawHeaders(message, uid, envelopeFailed);
        }
    }

    /**
     * For a server whose ENVELOPE Angus Mail cannot parse (seen with a group in To): the raw header block, one
     * more round trip. RFC822.SIZE comes with the envelope, so the size is then unknown (-1).
     */
    private MailHeader readRawHeaders(Message message, long uid, MessagingException envelopeFailed)
            throws MailContentException {
        try {
            var headerBlock = new StringBuilder();
            for (Enumeration<Header> headers = message.getAllHeaders(); headers.hasMoreElements(); ) {
                Header header = headers.nextElement();
                headerBlock.append(header.getName()).append(": ").append(header.getValue()).append("\r\n");
            }
            byte[] bytes = headerBlock.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            return readFields(new MimeMessage(HEADER_SESSION, new ByteArrayInputStream(bytes)), uid, -1);
        } catch (MessagingException rawHeadersFailed) {
            envelopeFailed.addSuppressed(rawHeadersFailed);
            throw unreadable(uid, envelopeFailed);
        }
    }

    private MailHeader readFields(Message message, long uid, long size) throws MessagingException {
        String subject = MailSubjects.read(message);
        OffsetDateTime sentAt = toOffsetDateTime(message.getSentDate());
        MailAddress from = readFrom(message);
        String messageId = findMessageId(message).orElseGet(() ->
                SyntheticMessageId.of(sentAt, from == null ? null : from.email(), subject, size));
        OffsetDateTime dated = sentAt != null ? sentAt : toOffsetDateTime(message.getReceivedDate());
        return new MailHeader(uid, messageId, subject, dated, from,
                addresses.read(message, "To", () -> message.getRecipients(RecipientType.TO)),
                addresses.read(message, "Cc", () -> message.getRecipients(RecipientType.CC)), size, isBulk(message));
    }

    private static boolean isBulk(Message message) throws MessagingException {
        String precedence = firstHeader(message, "Precedence");
        return firstHeader(message, "List-Unsubscribe") != null || precedence != null
                && List.of("bulk", "list", "junk").contains(precedence.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static MailContentException unreadable(long uid, MessagingException cause) {
        return new MailContentException("The headers of message " + uid + " could not be read from the"
                + " mail server: " + cause.getMessage(), cause);
    }

    private MailAddress readFrom(Message message) throws MessagingException {
        List<MailAddress> from = addresses.read(message, "From", message::getFrom);
        if (from.isEmpty() && message instanceof MimeMessage mime) {
            from = addresses.read(message, "Sender", () -> new Address[] {mime.getSender()});
        }
        return from.isEmpty() ? null : from.get(0);
    }

    /** The Message-ID as the mail has it, angle brackets included, so it compares with In-Reply-To values. */
    private static Optional<String> findMessageId(Message message) throws MessagingException {
        String id = message instanceof MimeMessage mime ? mime.getMessageID() : firstHeader(message, "Message-ID");
        return Optional.ofNullable(id).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String firstHeader(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * In UTC: Jakarta Mail keeps only the instant of the Date header, and reading the raw header for its offset
     * would cost one more IMAP round trip per message. The UI shows times in the user's zone anyway.
     */
    private static OffsetDateTime toOffsetDateTime(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}

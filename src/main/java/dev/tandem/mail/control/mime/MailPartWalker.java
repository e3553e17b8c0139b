package dev.tandem.mail.control.mime;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the MIME tree of one mail (RFC 2045/2046) and sorts its leaves into body text, body HTML and
 * attachments. multipart/mixed, /alternative and /related are all walked alike: text/plain parts feed the text,
 * text/html parts the HTML, everything else (inline {@code cid:} images, forwarded message/rfc822 parts, text
 * parts with a filename) becomes an attachment. A part that cannot be decoded is listed as skipped and the walk
 * goes on; only a lost connection or a removed message stops it.
 */
final class MailPartWalker {

    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    /**
     * How deep multiparts are followed. Real mail nests a handful of levels (mixed, alternative, related, a
     * forwarded mail's own); a message nested thousands deep is built to overflow the stack of whoever walks it.
     */
    static final int MAX_DEPTH = 32;

    private final MailTextDecoder decoder = new MailTextDecoder();
    private final MailAttachmentCollector attachments;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<String> warnings = new ArrayList<>();

    MailPartWalker(MailAttachmentCollector attachments) {
        this.attachments = attachments;
    }

    void walk(Part part) throws MessagingException, IOException {
        walk(part, 0);
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            if (depth >= MAX_DEPTH) {
                warnings.add("Parts nested deeper than " + MAX_DEPTH + " levels were left out.");
                return;
            }
            walkMultipart(part, depth);
            return;
        }
        try {
            walkLeaf(part);
        } catch (MessagingException | IOException unreadable) {
            if (MailPartStreams.isLostConnection(unreadable)) {
                throw unreadable;
            }
            attachments.recordUnreadable(part, unreadable);
        }
    }

    private void walkMultipart(Part part, int depth) throws MessagingException, IOException {
        Optional<Multipart> multipart = parseMultipart(part);
        if (multipart.isEmpty()) {
            appendBody(part, text, "text/plain");
            return;
        }
        for (int i = 0; i < multipart.get().getCount(); i++) {
            walk(multipart.get().getBodyPart(i), depth + 1);
        }
    }

    /** Empty, with a warning, for a multipart Jakarta Mail cannot split (e.g. no boundary line in the body). */
    private Optional<Multipart> parseMultipart(Part part) throws MessagingException, IOException {
        String problem;
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                multipart.getCount();
                return Optional.of(multipart);
            }
            problem = "no parts found";
        } catch (MessagingException broken) {
            if (MailPartStreams.isLostConnection(broken)) {
                throw broken;
            }
            problem = broken.getMessage();
        }
        warnings.add("The mail's MIME structure is broken (" + problem + "), so its raw content is shown as text.");
        return Optional.empty();
    }

    private void walkLeaf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822")) {
            attachments.collect(part, forwardedMessageName(part));
        } else if (isBody(part, "text/plain")) {
            appendBody(part, text, part.getContentType());
        } else if (isBody(part, "text/html")) {
            appendBody(part, html, part.getContentType());
        } else {
            attachments.collect(part, null);
        }
    }

    private static boolean isBody(Part part, String type) throws MessagingException {
        return part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                && MailAttachmentNames.findDeclared(part).isEmpty();
    }

    private void appendBody(Part part, StringBuilder into, String contentType) throws MessagingException, IOException {
        MailPartStreams.BoundedBytes bytes = MailPartStreams.read(part, MAX_BODY_BYTES);
        if (bytes.overLimit()) {
            warnings.add("The text of the mail is longer than " + MailSizes.describe(MAX_BODY_BYTES)
                    + " and was cut off there.");
        }
        MailTextDecoder.DecodedText decoded = decoder.decode(bytes.bytes(), contentType);
        decoded.warning().ifPresent(warnings::add);
        if (into.length() > 0) {
            into.append("\n\n");
        }
        into.append(decoded.text().replace("\r\n", "\n"));
    }

    /** A forwarded mail is offered as {@code <its subject>.eml}, the name mail programs open it by. */
    private static String forwardedMessageName(Part part) {
        try {
            Object content = part.getContent();
            String subject = content instanceof Message nested ? MailSubjects.read(nested) : "";
            String name = MailAttachmentNames.clean(subject);
            return (name.isEmpty() ? "forwarded-message" : name) + ".eml";
        } catch (MessagingException | IOException unreadable) {
            return "forwarded-message.eml";
        }
    }

    String text() {
        return text.toString();
    }

    String html() {
        return html.toString();
    }

    List<String> warnings() {
        return warnings;
    }
}

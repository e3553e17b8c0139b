package dev.tandem.mail.control.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.util.Locale;
import java.util.Optional;

/**
 * File names and types of attachments as a user should see them. Jakarta Mail already decodes RFC 2231
 * parameters ({@code filename*=UTF-8''...}); RFC 2047 encoded words in a filename, which the RFC forbids but
 * Outlook and Gmail send, are decoded here. Directory parts and characters no file system accepts are removed,
 * so a name can be offered for download as it is.
 */
final class MailAttachmentNames {

    private static final String OCTET_STREAM = "application/octet-stream";

    private MailAttachmentNames() {
    }

    /** The decoded filename the part declares (Content-Disposition, else Content-Type name), if usable. */
    static Optional<String> findDeclared(Part part) {
        String raw;
        try {
            raw = part.getFileName();
        } catch (MessagingException unparseableHeader) {
            return Optional.empty();
        }
        return Optional.ofNullable(raw).map(MailAttachmentNames::clean).filter(name -> !name.isEmpty());
    }

    /** A name for a part that declares none, e.g. {@code attachment-2.pdf}. */
    static String fallback(String contentType, int position) {
        String subtype = contentType.substring(contentType.indexOf('/') + 1);
        String extension = "rfc822".equals(subtype) ? "eml" : subtype.replaceAll("[^a-z0-9]", "");
        return "attachment-" + position + "." + (extension.isEmpty() || OCTET_STREAM.equals(contentType)
                ? "bin" : extension);
    }

    /** Base type in lower case without parameters; application/octet-stream when the header does not parse. */
    static String baseType(Part part) {
        try {
            String header = part.getContentType();
            return header == null ? OCTET_STREAM : new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException unparseable) {
            return OCTET_STREAM;
        }
    }

    static String clean(String raw) {
        String decoded = MailAddressDecoder.decodeWords(raw.strip());
        String lastSegment = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
        String safe = lastSegment.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        return safe.matches("\\.*") ? "" : safe;
    }
}

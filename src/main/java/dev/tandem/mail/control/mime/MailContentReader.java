package dev.tandem.mail.control.mime;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a downloaded mail into the {@link MailContent} of a read-only CRM activity: subject, plain text,
 * sanitised HTML and attachments. It copes with what real mail does (unknown charsets, broken MIME, odd
 * filenames) and reports what it had to work around in {@link MailContent#warnings()}; it only fails when the
 * message cannot be read at all, and then with a {@link MailContentException} the sync records against that
 * message before it moves on.
 * <p>
 * Attachments above the size limit are not kept: they are listed in {@link MailContent#skippedAttachments()}
 * and the mail is still logged. Thread-safe: one reader can serve every sync session.
 */
public final class MailContentReader {

    /** The attachment size limit when none is configured; common providers refuse larger mail anyway. */
    public static final long DEFAULT_ATTACHMENT_LIMIT_BYTES = 25L * 1024 * 1024;

    private final long attachmentLimitBytes;
    private final MailHtmlSanitizer sanitizer = new MailHtmlSanitizer();
    private final MailHtmlTextExtractor textExtractor = new MailHtmlTextExtractor(sanitizer);

    public MailContentReader() {
        this(DEFAULT_ATTACHMENT_LIMIT_BYTES);
    }

    /** @param attachmentLimitBytes largest attachment kept, in decoded bytes; 0 keeps none */
    public MailContentReader(long attachmentLimitBytes) {
        if (attachmentLimitBytes < 0 || attachmentLimitBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The attachment limit must be between 0 and 2 GB, not "
                    + attachmentLimitBytes);
        }
        this.attachmentLimitBytes = attachmentLimitBytes;
    }

    /** @throws MailContentException when the message cannot be read (removed, connection lost, unreadable) */
    public MailContent read(Message message) throws MailContentException {
        var attachments = new MailAttachmentCollector(attachmentLimitBytes);
        var walker = new MailPartWalker(attachments);
        try {
            walker.walk(message);
            return toContent(MailSubjects.read(message), walker, attachments);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            throw new MailContentException("The mail could not be read: " + describe(unreadable), unreadable);
        }
    }

    private MailContent toContent(String subject, MailPartWalker walker, MailAttachmentCollector attachments) {
        List<MailAttachment> kept = List.copyOf(attachments.kept());
        Set<String> contentIds = kept.stream().flatMap(a -> a.findContentId().stream()).collect(Collectors.toSet());
        String html = walker.html().isBlank() ? null : sanitizer.sanitize(walker.html(), contentIds);
        String text = !walker.text().isBlank() || html == null ? walker.text() : textExtractor.extractText(html);
        return new MailContent(subject, text.strip(), html, kept, attachments.skipped(), walker.warnings());
    }

    private static String describe(Exception failure) {
        String detail = failure.getMessage();
        return detail == null || detail.isBlank() ? failure.getClass().getSimpleName() : detail;
    }
}

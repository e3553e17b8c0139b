package dev.tandem.mail.control.mime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of one mail, ready to become a read-only CRM activity. Date and addresses are not repeated here: the
 * sync already holds them in the {@link dev.tandem.sync.mail.MailHeader} it matched the mail with.
 *
 * @param text     plain text: the text/plain body, or text extracted from the HTML when the mail had none
 * @param html     sanitised HTML safe to show in the CRM, or null for a mail without an HTML body
 * @param warnings what Tandem had to work around to read the mail (unknown charset, broken MIME), for the user
 */
public record MailContent(String subject, String text, String html, List<MailAttachment> attachments,
                          List<SkippedAttachment> skippedAttachments, List<String> warnings) {

    public MailContent {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        skippedAttachments = List.copyOf(skippedAttachments);
        warnings = List.copyOf(warnings);
    }

    public Optional<String> findHtml() {
        return Optional.ofNullable(html);
    }

    /** The attachment an HTML {@code cid:} URL points at (RFC 2392), if the mail carried it. */
    public Optional<MailAttachment> findByContentId(String contentId) {
        return attachments.stream().filter(a -> contentId.equals(a.contentId())).findFirst();
    }
}

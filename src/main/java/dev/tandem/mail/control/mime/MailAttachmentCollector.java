package dev.tandem.mail.control.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the attachments of one mail within the size limit and lists the ones it leaves out. A part whose declared
 * size already exceeds the limit is not downloaded at all; one that turns out larger while read is cut off there.
 */
final class MailAttachmentCollector {

    private final long limitBytes;
    private final List<MailAttachment> kept = new ArrayList<>();
    private final List<SkippedAttachment> skipped = new ArrayList<>();

    MailAttachmentCollector(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** @param defaultName the name to use when the part declares none, or null for a generated one */
    void collect(Part part, String defaultName) throws MessagingException, IOException {
        String contentType = MailAttachmentNames.baseType(part);
        String filename = MailAttachmentNames.findDeclared(part).orElse(defaultName != null ? defaultName
                : MailAttachmentNames.fallback(contentType, kept.size() + skipped.size() + 1));
        long declaredSize = MailPartStreams.lowerBoundOfDecodedSize(part);
        if (declaredSize > limitBytes) {
            skipped.add(new SkippedAttachment(filename, declaredSize, overLimitReason()));
            return;
        }
        MailPartStreams.BoundedBytes content = MailPartStreams.read(part, limitBytes);
        if (content.overLimit()) {
            skipped.add(new SkippedAttachment(filename, Math.max(declaredSize, limitBytes + 1), overLimitReason()));
            return;
        }
        String contentId = findContentId(part);
        boolean inline = contentId != null || Part.INLINE.equalsIgnoreCase(disposition(part));
        kept.add(new MailAttachment(filename, contentType, contentId, inline, content.bytes()));
    }

    /** A part that could not be decoded (e.g. corrupt base64): listed, so the user knows it existed. */
    void recordUnreadable(Part part, Exception cause) {
        String filename = MailAttachmentNames.findDeclared(part).orElse(
                MailAttachmentNames.fallback(MailAttachmentNames.baseType(part), kept.size() + skipped.size() + 1));
        skipped.add(new SkippedAttachment(filename, -1, "it could not be decoded (" + cause.getMessage() + ")"));
    }

    List<MailAttachment> kept() {
        return kept;
    }

    List<SkippedAttachment> skipped() {
        return skipped;
    }

    private String overLimitReason() {
        return "larger than the attachment limit of " + MailSizes.describe(limitBytes);
    }

    private static String findContentId(Part part) throws MessagingException {
        String id = part instanceof MimePart mime ? mime.getContentID() : null;
        if (id == null || id.isBlank()) {
            return null;
        }
        return id.strip().replaceAll("^<|>$", "");
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException unparseable) {
            return null;
        }
    }
}

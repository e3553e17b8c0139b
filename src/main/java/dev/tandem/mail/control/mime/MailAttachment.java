package dev.tandem.mail.control.mime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A file carried by a mail, kept with the activity: real attachments, inline images that the HTML body refers to
 * as {@code cid:} URLs (RFC 2392), and forwarded messages (as {@code .eml}). The bytes are decoded (no base64) and
 * bounded by the reader's attachment limit, so holding them in memory is safe.
 *
 * @param filename    decoded (RFC 2231 / RFC 2047) and stripped of any directory part
 * @param contentType base MIME type in lower case, without parameters, e.g. {@code application/pdf}
 * @param contentId   the Content-ID without angle brackets, or null; the HTML refers to it as {@code cid:...}
 * @param inline      whether the sender meant it to be shown inside the body rather than listed
 */
public record MailAttachment(String filename, String contentType, String contentId, boolean inline, byte[] bytes) {

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    public long sizeBytes() {
        return bytes.length;
    }

    /** A copy: the record stays immutable. Prefer {@link #openStream()} to pass the content on. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    public Optional<String> findContentId() {
        return Optional.ofNullable(contentId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Objects.equals(contentId, that.contentId)
                && inline == that.inline && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, contentId, inline, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + bytes.length + " bytes"
                + (contentId == null ? "" : ", cid " + contentId) + "]";
    }
}

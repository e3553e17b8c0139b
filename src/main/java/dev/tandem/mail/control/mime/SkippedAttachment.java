package dev.tandem.mail.control.mime;

import java.util.Objects;

/**
 * An attachment the mail announced but Tandem did not keep (too large, or unreadable), so the activity can still
 * tell the user it existed and why it is missing.
 *
 * @param sizeBytes decoded size when Tandem counted it, otherwise an estimate from the transfer-encoded size
 *                  (RFC 2045 base64 grows data by a third), above the limit it exceeded; -1 when unknown
 * @param reason    a sentence for the user, e.g. "larger than the 25 MB attachment limit"
 */
public record SkippedAttachment(String filename, long sizeBytes, String reason) {

    public SkippedAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(reason, "reason");
    }
}

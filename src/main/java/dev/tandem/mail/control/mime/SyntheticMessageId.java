package dev.tandem.mail.control.mime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * A stand-in Message-ID for mail that has none (RFC 5322 §3.6.4 only says it SHOULD be present), so the sync can
 * still recognise the same mail after a UIDVALIDITY change or in another folder.
 * <p>
 * It hashes only data that is the same wherever the message sits: the Date header, the sender address, the
 * subject and RFC822.SIZE (identical bytes in every folder). The UID, the folder and the received date
 * (INTERNALDATE, set again by some servers on COPY/APPEND) are left out on purpose. Two mails collide only if the
 * same sender sent the same subject in the same second with the same size, which in practice is the same mail.
 * The id uses the {@code .invalid} top-level domain (RFC 2606) so it can never equal a real Message-ID.
 */
final class SyntheticMessageId {

    static final String DOMAIN = "@synthetic.tandem.invalid>";

    private SyntheticMessageId() {
    }

    static String of(OffsetDateTime sentAt, String fromEmail, String subject, long sizeBytes) {
        String material = String.join("\n", sentAt == null ? "" : Long.toString(sentAt.toEpochSecond()),
                fromEmail == null ? "" : fromEmail, subject == null ? "" : subject, Long.toString(sizeBytes));
        return "<" + HexFormat.of().formatHex(sha256(material), 0, 16) + DOMAIN;
    }

    static boolean isSynthetic(String messageId) {
        return messageId.endsWith(DOMAIN);
    }

    private static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }
}

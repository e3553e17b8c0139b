package dev.tandem.mail.control.mime;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads the decoded bytes of a MIME part, bounded, and tolerating what real mail gets wrong. */
final class MailPartStreams {

    /** Decoded bytes of a part, cut at the limit the caller gave. */
    record BoundedBytes(byte[] bytes, boolean overLimit) {
    }

    private MailPartStreams() {
    }

    static BoundedBytes read(Part part, long limitBytes) throws MessagingException, IOException {
        try (InputStream in = openDecoded(part)) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long remaining = limitBytes + 1;
            int read;
            while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
                out.write(buffer, 0, read);
                remaining -= read;
            }
            if (remaining > 0) {
                return new BoundedBytes(out.toByteArray(), false);
            }
            return new BoundedBytes(Arrays.copyOf(out.toByteArray(), (int) limitBytes), true);
        }
    }

    /**
     * The decoded stream; for a Content-Transfer-Encoding Jakarta Mail does not know (RFC 2045 §6.4 says treat
     * the part as application/octet-stream), the raw bytes rather than a failure.
     */
    private static InputStream openDecoded(Part part) throws MessagingException, IOException {
        try {
            return part.getInputStream();
        } catch (MessagingException unknownEncoding) {
            if (isLostConnection(unknownEncoding)) {
                throw unknownEncoding;
            }
            if (part instanceof MimeBodyPart body) {
                return body.getRawInputStream();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            throw unknownEncoding;
        }
    }

    /**
     * The decoded size of a part without reading it, never above the real size: base64 (RFC 2045 §6.8) turns 57
     * bytes into a 76-character line plus CRLF, so the decoded size is at least 57/78 of the encoded one;
     * quoted-printable (§6.7) spends at most three characters on a byte. -1 when the part does not say.
     */
    static long lowerBoundOfDecodedSize(Part part) throws MessagingException {
        long encoded = part.getSize();
        if (encoded < 0) {
            return -1;
        }
        String encoding = part instanceof MimePart mime ? mime.getEncoding() : null;
        if ("base64".equalsIgnoreCase(encoding)) {
            return encoded * 57 / 78;
        }
        return "quoted-printable".equalsIgnoreCase(encoding) ? encoded / 3 : encoded;
    }

    /** Angus Mail reports a lost connection while streaming a part as an IOException caused by one of these. */
    static boolean isLostConnection(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FolderClosedException || cause instanceof StoreClosedException
                    || cause instanceof MessageRemovedException) {
                return true;
            }
        }
        return false;
    }
}

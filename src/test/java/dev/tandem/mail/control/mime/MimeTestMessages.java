package dev.tandem.mail.control.mime;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Builds real MimeMessages the way the IMAP sync receives them: parsed from RFC 5322 bytes. */
final class MimeTestMessages {

    static final Session SESSION = Session.getInstance(new Properties());

    private MimeTestMessages() {
    }

    /** Parses raw mail text; lines may end in \n, as in a mail file (Jakarta Mail accepts both). */
    static MimeMessage parse(String raw) {
        return parse(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serialises a message built with the API and parses it back, as a server would hand it over. */
    static MimeMessage roundTrip(MimeMessage built) {
        try {
            built.saveChanges();
            var out = new ByteArrayOutputStream();
            built.writeTo(out);
            return parse(out.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage newMessage() {
        return new MimeMessage(SESSION);
    }
}

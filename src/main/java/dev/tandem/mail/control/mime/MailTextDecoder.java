package dev.tandem.mail.control.mime;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text part in the charset it declares (RFC 2046 §4.1.2), and never fails on the charset:
 * an unknown or missing one is read as UTF-8 when the bytes are valid UTF-8, otherwise as windows-1252 (the
 * superset of ISO-8859-1 that mail labelled "ISO-8859-1" is in practice written in), and the guess is reported.
 */
final class MailTextDecoder {

    private static final Charset WESTERN = Charset.forName("windows-1252");

    /** The decoded text and, when the charset had to be guessed, a warning for the user. */
    record DecodedText(String text, Optional<String> warning) {
    }

    DecodedText decode(byte[] bytes, String contentType) {
        String declared = declaredCharset(contentType);
        Optional<Charset> charset = findCharset(declared);
        if (charset.isPresent()) {
            return new DecodedText(new String(bytes, charset.get()), Optional.empty());
        }
        Optional<String> utf8 = strictUtf8(bytes);
        Charset used = utf8.isPresent() ? StandardCharsets.UTF_8 : WESTERN;
        String text = utf8.orElseGet(() -> new String(bytes, WESTERN));
        Optional<String> warning = declared == null ? Optional.empty() : Optional.of("The text was declared in"
                + " the unknown character set \"" + declared + "\" and was read as " + used.name() + ".");
        return new DecodedText(text, warning);
    }

    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            String charset = new ContentType(contentType).getParameter("charset");
            return charset == null || charset.isBlank() ? null : charset.strip();
        } catch (ParseException unparseable) {
            return null;
        }
    }

    private static Optional<Charset> findCharset(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        try {
            String javaName = MimeUtility.javaCharset(declared);
            return Charset.isSupported(javaName) ? Optional.of(Charset.forName(javaName)) : Optional.empty();
        } catch (IllegalCharsetNameException illegal) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}

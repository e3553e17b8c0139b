package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Mail that strangers write, broken on purpose or by accident: no boundary line, a charset nobody knows, parts
 * nested thousands deep, a header block of hundreds of thousands of lines, a 50 MB body, and random damage to a
 * well-formed message. Reading any of it ends promptly with content (and warnings) or with a
 * {@link MailContentException} that the sync records against that one mail; never another exception, never a
 * stack overflow, and no body kept beyond its limit.
 */
class HostileMailTest {

    private static final Duration ENDS_PROMPTLY = Duration.ofSeconds(30);
    private static final String HEAD = "From: Ana <ana@acme.com>\r\nTo: alice@tandem.test\r\nSubject: Offer\r\n"
            + "Message-ID: <hostile@acme.com>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n";

    private final MailContentReader reader = new MailContentReader();

    /** Content, or the one exception the sync records and skips; anything else escapes this and fails the test. */
    private MailContent readOrNull(byte[] raw) {
        return assertTimeoutPreemptively(ENDS_PROMPTLY, () -> {
            try {
                return reader.read(MimeTestMessages.parse(raw));
            } catch (MailContentException recorded) {
                return null;
            }
        });
    }

    private MailContent readOrNull(String raw) {
        return readOrNull(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMultipartWithoutItsBoundaryLinesIsReadAsText() {
        MailContent content = readOrNull(HEAD + "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
                + "Just text, no parts.\r\n");

        assertTrue(content != null && content.text().contains("Just text"), String.valueOf(content));
    }

    @Test
    void anUnknownCharsetStillGivesTheText() {
        MailContent content = readOrNull(HEAD + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
                + "Hola Ana\r\n");

        assertTrue(content != null && content.text().contains("Hola Ana"), String.valueOf(content));
    }

    @Test
    void partsNestedThousandsDeepDoNotOverflowTheStack() {
        int depth = 5_000;
        var raw = new StringBuilder(HEAD).append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int level = 1; level < depth; level++) {
            raw.append("--b").append(level - 1).append("\r\nContent-Type: multipart/mixed; boundary=\"b")
                    .append(level).append("\"\r\n\r\n");
        }
        raw.append("--b").append(depth - 1).append("\r\nContent-Type: text/plain\r\n\r\nDeep inside\r\n");
        for (int level = depth - 1; level >= 0; level--) {
            raw.append("--b").append(level).append("--\r\n");
        }

        MailContent content = readOrNull(raw.toString());

        assertTrue(content == null || !content.warnings().isEmpty() || content.text().contains("Deep inside"));
    }

    @Test
    void aHeaderBombEndsPromptly() {
        var raw = new StringBuilder(HEAD);
        for (int i = 0; i < 200_000; i++) {
            raw.append("X-Filler-").append(i).append(": ").append("x".repeat(20)).append("\r\n");
        }
        raw.append("X-Long: ").append("y".repeat(2_000_000)).append("\r\n");
        raw.append("Content-Type: text/plain\r\n\r\nBody after the bomb\r\n");

        MailContent content = readOrNull(raw.toString());

        assertTrue(content == null || content.text().contains("Body after the bomb"));
    }

    @Test
    void aFiftyMegabyteBodyIsCutToTheBodyLimit() {
        var raw = new StringBuilder(55 * 1024 * 1024).append(HEAD).append("Content-Type: text/plain\r\n\r\n");
        String line = "0123456789".repeat(7) + "\r\n";
        while (raw.length() < 50 * 1024 * 1024) {
            raw.append(line);
        }

        MailContent content = readOrNull(raw.toString());

        assertTrue(content != null, "a long mail is still logged");
        assertTrue(content.text().length() <= MailPartWalker.MAX_BODY_BYTES, () -> content.text().length() + "");
        assertFalse(content.warnings().isEmpty(), "the cut is said");
    }

    @Property(tries = 300)
    void damagedMailIsReadOrRefusedButNeverBreaksTheReader(@ForAll("damaged") byte[] raw) {
        readOrNull(raw);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] wellFormed = (HEAD + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n--alt\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Hola =C3=A1 Ana\r\n--alt\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nPHA+SG9sYTwvcD4=\r\n--alt\r\n"
                + "Content-Type: application/pdf; name=\"offer.pdf\"\r\nContent-Disposition: attachment; "
                + "filename*=utf-8''oferta%20%C3%BA.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "JVBERi0xLjQK\r\n--alt--\r\n").getBytes(StandardCharsets.UTF_8);
        Arbitrary<Tuple.Tuple2<Integer, Byte>> edit = Arbitraries.integers().between(0, wellFormed.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(value -> Tuple.of(at, value)));
        return edit.list().ofMinSize(1).ofMaxSize(40).map(edits -> {
            byte[] copy = wellFormed.clone();
            edits.forEach(e -> copy[e.get1()] = e.get2());
            return copy;
        });
    }

    @Test
    void theWellFormedSampleOfTheDamageTestIsReadWhole() {
        MailContent content = readOrNull(HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\nHola\r\n");
        assertEquals("Hola", content.text());
    }
}

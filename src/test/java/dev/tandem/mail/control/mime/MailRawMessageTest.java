package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.mail.MailAddress;
import dev.tandem.sync.mail.MailHeader;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reply as Gmail sends it (mixed > related > alternative, quoted-printable, inline logo, tracking pixel). */
class MailRawMessageTest {

    private MimeMessage mail;

    @BeforeEach
    void parseRawBytes() throws Exception {
        try (InputStream raw = getClass().getResourceAsStream("gmail-reply-with-offer.eml")) {
            mail = new MimeMessage(MimeTestMessages.SESSION, raw);
        }
    }

    @Test
    void headerMatchesWhatTheSenderWrote() throws Exception {
        MailHeader header = new MailHeaderReader().read(mail, 7);

        assertEquals("<CAH7x_Q=Tq9Lz+2F@mail.acme.example>", header.messageId());
        assertEquals("Re: Oferta año 2026 — licencias", header.subject());
        assertEquals(new MailAddress("ana.perez@acme.example", "Ana Pérez"), header.from());
        assertEquals(List.of(new MailAddress("alice@tandem.test", "Alice")), header.to());
        assertEquals(List.of(new MailAddress("bob@acme.example", "Bob, Sales")), header.cc());
        assertEquals(OffsetDateTime.parse("2026-11-30T09:02:00Z"), header.sentAt());
    }

    @Test
    void bodyBecomesTextSafeHtmlAndAttachments() throws Exception {
        MailContent content = new MailContentReader().read(mail);

        assertEquals("Hola Alice,\n\nTe envío la oferta para 2026 — precio por licencia: 100 €.\n\nSaludos,\nAna",
                content.text());
        String html = content.html();
        assertTrue(html.contains("<b>100 €</b>"), html);
        assertTrue(html.contains("src=\"cid:ii_logo01\""), html);
        assertFalse(html.contains("track.acme.example"), html);
        assertFalse(html.contains("onclick"), html);
        assertTrue(html.contains("href=\"https://acme.example/oferta\""), html);
        assertEquals(List.of("logo.png", "Oferta año.pdf"),
                content.attachments().stream().map(MailAttachment::filename).toList());
        MailAttachment pdf = content.attachments().get(1);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(new String(pdf.bytes(), StandardCharsets.ISO_8859_1).startsWith("%PDF-1.4"));
        assertTrue(content.findByContentId("ii_logo01").orElseThrow().inline());
        assertTrue(content.warnings().isEmpty(), content.warnings().toString());
    }
}

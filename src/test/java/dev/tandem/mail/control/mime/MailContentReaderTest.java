package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailContentReaderTest {

    private static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final MailContentReader reader = new MailContentReader();

    @Test
    void plainTextMailHasTextAndNoHtml() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setSubject("Offer", "UTF-8");
        built.setText("Hola Ana,\nthe price is 100 €.", "UTF-8");

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        assertEquals("Offer", content.subject());
        assertEquals("Hola Ana,\nthe price is 100 €.", content.text());
        assertTrue(content.findHtml().isEmpty());
        assertTrue(content.attachments().isEmpty());
        assertTrue(content.warnings().isEmpty());
    }

    @Test
    void htmlOnlyMailGetsItsTextFromTheHtml() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent("<html><body><p>Hola <b>Ana</b>,</p><p>see the offer.</p>"
                + "<script>track()</script></body></html>", "text/html; charset=UTF-8");

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        assertEquals("Hola Ana,\n\nsee the offer.", content.text());
        assertEquals("<p>Hola <b>Ana</b>,</p><p>see the offer.</p>", content.html());
    }

    @Test
    void alternativeKeepsTheSendersPlainTextAndTheSanitisedHtml() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("alternative", textPart("Plain version", "plain"),
                textPart("<p>HTML <i>version</i></p>", "html")));

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        assertEquals("Plain version", content.text());
        assertEquals("<p>HTML <i>version</i></p>", content.html());
    }

    @Test
    void pdfAttachmentBytesSurviveTheRoundTrip() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("mixed", textPart("See attached", "plain"), filePart(PDF, "offer.pdf")));

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        assertEquals("See attached", content.text());
        MailAttachment pdf = content.attachments().get(0);
        assertEquals("offer.pdf", pdf.filename());
        assertEquals("application/pdf", pdf.contentType());
        assertArrayEquals(PDF, pdf.bytes());
        assertArrayEquals(PDF, pdf.openStream().readAllBytes());
        assertFalse(pdf.inline());
    }

    @Test
    void encodedWordFilenameIsDecoded() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(withAttachmentHeaders(
                "Content-Type: application/pdf; name=\"=?UTF-8?Q?Oferta_a=C3=B1o.pdf?=\"\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?Q?Oferta_a=C3=B1o.pdf?=\"\n")));

        assertEquals(List.of("Oferta año.pdf"), filenames(content));
    }

    @Test
    void rfc2231FilenameIsDecoded() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(withAttachmentHeaders(
                "Content-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename*=UTF-8''Oferta%20a%C3%B1o%202026.pdf\n")));

        assertEquals(List.of("Oferta año 2026.pdf"), filenames(content));
    }

    @Test
    void filenameWithDirectoriesKeepsOnlyTheName() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(withAttachmentHeaders(
                "Content-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename=\"..\\\\..\\\\evil.pdf\"\n")));

        assertEquals(List.of("evil.pdf"), filenames(content));
    }

    @Test
    void forwardedMessageBecomesAnEmlAttachment() throws Exception {
        MimeMessage original = MimeTestMessages.newMessage();
        original.setSubject("Original offer");
        original.setText("Forwarded body");
        original.saveChanges();
        MimeBodyPart forwarded = new MimeBodyPart();
        forwarded.setContent(original, "message/rfc822");
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("mixed", textPart("FYI", "plain"), forwarded));

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        assertEquals("FYI", content.text());
        MailAttachment eml = content.attachments().get(0);
        assertEquals("Original offer.eml", eml.filename());
        assertEquals("message/rfc822", eml.contentType());
        MimeMessage reparsed = MimeTestMessages.parse(eml.bytes());
        assertEquals("Original offer", reparsed.getSubject());
        assertEquals("Forwarded body", ((String) reparsed.getContent()).strip());
    }

    @Test
    void attachmentOverTheLimitIsReportedButTheMailStillReads() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("mixed", textPart("Two files", "plain"), filePart(PDF, "small.pdf"),
                filePart(new byte[5000], "big.pdf")));

        MailContent content = new MailContentReader(1000).read(MimeTestMessages.roundTrip(built));

        assertEquals("Two files", content.text());
        assertEquals(List.of("small.pdf"), filenames(content));
        SkippedAttachment big = content.skippedAttachments().get(0);
        assertEquals("big.pdf", big.filename());
        assertTrue(big.sizeBytes() > 1000 && big.sizeBytes() <= 5000, "size " + big.sizeBytes());
        assertEquals("larger than the attachment limit of 1000 bytes", big.reason());
    }

    @Test
    void attachmentOfUnknownSizeIsCutOffAtTheLimit() throws Exception {
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("mixed", textPart("Big file", "plain"), filePart(new byte[5000], "big.pdf")));
        built.saveChanges();

        MailContent content = new MailContentReader(1000).read(built);

        assertTrue(content.attachments().isEmpty());
        assertEquals("big.pdf", content.skippedAttachments().get(0).filename());
        assertEquals(1001, content.skippedAttachments().get(0).sizeBytes());
    }

    @Test
    void inlineImageKeepsItsContentIdAndTheHtmlStillShowsIt() throws Exception {
        MimeBodyPart logo = filePart(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "logo.png");
        logo.setHeader("Content-Type", "image/png");
        logo.setContentID("<logo@acme>");
        logo.setDisposition("inline");
        MimeMessage built = MimeTestMessages.newMessage();
        built.setContent(multipart("related", textPart("<p>Hi<img src=\"cid:logo@acme\"></p>", "html"), logo));

        MailContent content = reader.read(MimeTestMessages.roundTrip(built));

        MailAttachment image = content.findByContentId("logo@acme").orElseThrow();
        assertTrue(image.inline());
        assertEquals("image/png", image.contentType());
        assertTrue(content.html().contains("src=\"cid:logo&#64;acme\""), content.html());
    }

    @Test
    void unknownCharsetIsReadAsUtf8AndSaidSo() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(("Subject: test\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: 8bit\n\n"
                + "Año nuevo\n").getBytes(StandardCharsets.UTF_8)));

        assertEquals("Año nuevo", content.text());
        assertEquals(List.of("The text was declared in the unknown character set \"x-unknown\" and was read as"
                + " UTF-8."), content.warnings());
    }

    @Test
    void unknownCharsetWithLatinBytesIsReadAsWindows1252() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(("Subject: test\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: 8bit\n\n"
                + "A\u00f1o \u0080\n").getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals("Año €", content.text());
        assertTrue(content.warnings().get(0).contains("windows-1252"), content.warnings().toString());
    }

    @Test
    void multipartWithoutBoundaryShowsTheRawBodyAsText() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse("Subject: broken\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed\n\nThis body has no parts at all.\n"));

        assertEquals("This body has no parts at all.", content.text());
        assertTrue(content.warnings().get(0).startsWith("The mail's MIME structure is broken"),
                content.warnings().toString());
    }

    @Test
    void multipartWithoutClosingBoundaryKeepsItsParts() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse("Subject: cut\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\n"
                + "First part\n--b1\nContent-Type: application/pdf\nContent-Disposition: attachment;"
                + " filename=a.pdf\n\n%PDF-1.4\n"));

        assertEquals("First part", content.text());
        assertEquals(List.of("a.pdf"), filenames(content));
    }

    @Test
    void corruptAttachmentIsListedAsSkippedAndTheRestIsKept() throws Exception {
        MailContent content = reader.read(MimeTestMessages.parse(withAttachmentHeaders(
                "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename=broken.pdf\n", "JVBE=\n")));

        assertEquals("Body", content.text());
        assertEquals("broken.pdf", content.skippedAttachments().get(0).filename());
        assertTrue(content.skippedAttachments().get(0).reason().startsWith("it could not be decoded"));
    }

    @Test
    void lostConnectionFailsTheMessageWithAReadableReason() throws MessagingException {
        MimeMessage vanishing = new MimeMessage(MimeTestMessages.parse("Subject: x\n\nbody\n")) {
            @Override
            public InputStream getInputStream() throws MessagingException {
                throw new FolderClosedException(null, "the server closed the INBOX");
            }
        };

        MailContentException failure = assertThrows(MailContentException.class, () -> reader.read(vanishing));
        assertEquals("The mail could not be read: the server closed the INBOX", failure.getMessage());
    }

    private static String withAttachmentHeaders(String headers) {
        return withAttachmentHeaders(headers, "%PDF-1.4\n");
    }

    private static String withAttachmentHeaders(String headers, String body) {
        return "Subject: files\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\nContent-Type: text/plain\n\nBody\n--b1\n" + headers + "\n" + body + "\n--b1--\n";
    }

    private static List<String> filenames(MailContent content) {
        return content.attachments().stream().map(MailAttachment::filename).toList();
    }

    private static MimeMultipart multipart(String subtype, MimeBodyPart... parts) throws MessagingException {
        MimeMultipart multipart = new MimeMultipart(subtype);
        for (MimeBodyPart part : parts) {
            multipart.addBodyPart(part);
        }
        return multipart;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    private static MimeBodyPart filePart(byte[] bytes, String filename) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/pdf")));
        part.setFileName(filename);
        part.setDisposition("attachment");
        return part;
    }
}

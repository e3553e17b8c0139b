package dev.tandem.testsupport;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** RFC 5322 messages for tests, as text ready to APPEND; dated now so they fall in any first-sync window. */
public final class TestMails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMails() {
    }

    public static String plain(String messageId, String from, String to, String subject, String body) {
        return "Message-ID: " + messageId + "\r\n"
                + "Date: " + new jakarta.mail.internet.MailDateFormat().format(new Date()) + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    /** A mail whose only body is HTML, as newsletters and many mail programs send it. */
    public static String html(String messageId, String from, String to, String subject, String html) {
        return plain(messageId, from, to, subject, html).replace("Content-Type: text/plain; charset=UTF-8",
                "Content-Type: text/html; charset=UTF-8");
    }

    public static String withAttachment(String messageId, String from, String to, String subject, String body,
                                        String filename, byte[] content) {
        try {
            var message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            var text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            var file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/pdf")));
            file.setFileName(filename);
            message.setContent(new MimeMultipart(text, file));
            message.saveChanges();
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the test message", e);
        }
    }

    /** A small but real-looking PDF, bytes that are not text. */
    public static byte[] pdfBytes() {
        byte[] pdf = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] withBinary = java.util.Arrays.copyOf(pdf, pdf.length + 256);
        for (int i = 0; i < 256; i++) {
            withBinary[pdf.length + i] = (byte) i;
        }
        return withBinary;
    }
}

package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.mail.MailAddress;
import dev.tandem.sync.mail.MailHeader;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailHeaderReaderTest {

    private static final String WITHOUT_MESSAGE_ID = "From: Ana <ana@acme.example>\nTo: alice@tandem.test\n"
            + "Date: Mon, 30 Nov 2026 10:02:00 +0100\nSubject: Offer\n\nBody\n";

    private final MailHeaderReader reader = new MailHeaderReader();

    @Test
    void readsTheEnvelopeFields() throws Exception {
        MailHeader header = reader.read(MimeTestMessages.parse("Message-ID: <abc@acme.example>\n"
                + "From: \"Ana Pérez\" <Ana@Acme.example>\nTo: alice@tandem.test, Bob <bob@tandem.test>\n"
                + "Cc: carol@acme.example\nDate: Mon, 30 Nov 2026 10:02:00 +0100\nSubject: Offer\n\nBody\n"), 42);

        assertEquals(42, header.uid());
        assertEquals("<abc@acme.example>", header.messageId());
        assertEquals(new MailAddress("ana@acme.example", "Ana Pérez"), header.from());
        assertEquals(List.of(MailAddress.of("alice@tandem.test"), new MailAddress("bob@tandem.test", "Bob")),
                header.to());
        assertEquals(List.of(MailAddress.of("carol@acme.example")), header.cc());
        assertEquals(OffsetDateTime.parse("2026-11-30T09:02:00Z"), header.sentAt());
        assertEquals("Offer", header.subject());
    }

    @Test
    void missingMessageIdGetsTheSameSyntheticIdEveryTime() throws Exception {
        String first = reader.read(MimeTestMessages.parse(WITHOUT_MESSAGE_ID), 1).messageId();
        String again = reader.read(MimeTestMessages.parse(WITHOUT_MESSAGE_ID), 977).messageId();
        String otherMail = reader.read(MimeTestMessages.parse(WITHOUT_MESSAGE_ID.replace("Offer", "Invoice")), 1)
                .messageId();

        assertEquals(first, again);
        assertNotEquals(first, otherMail);
        assertTrue(first.matches("<[0-9a-f]{32}@synthetic\\.tandem\\.invalid>"), first);
    }

    @Test
    void encodedWordSubjectsAndNamesAreDecoded() throws Exception {
        MailHeader header = reader.read(MimeTestMessages.parse("From: =?ISO-8859-1?Q?Jos=E9_Mu=F1oz?= <jose@acme.example>\n"
                + "Subject: =?UTF-8?B?T2ZlcnRhIGHDsW8=?=\n =?UTF-8?Q?_2026?=\n\nBody\n"), 1);

        assertEquals("Oferta año 2026", header.subject());
        assertEquals("José Muñoz", header.from().name());
    }

    @Test
    void groupsGiveTheirMembersAndUndisclosedRecipientsNothing() throws Exception {
        MailHeader header = reader.read(MimeTestMessages.parse("From: ana@acme.example\n"
                + "To: undisclosed-recipients:;\nCc: Team: bob@acme.example, Carol <carol@acme.example>;\n\nx\n"), 1);

        assertEquals(List.of(), header.to());
        assertEquals(List.of(MailAddress.of("bob@acme.example"), new MailAddress("carol@acme.example", "Carol")),
                header.cc());
    }

    @Test
    void garbledFromIsSalvaged() throws Exception {
        MailHeader header = reader.read(MimeTestMessages.parse("From: \"Ana <ana@acme.example>\nTo: <<bob@acme.example\n"
                + "Subject: x\n\nx\n"), 1);

        assertEquals("ana@acme.example", header.from().email());
        assertEquals(List.of(MailAddress.of("bob@acme.example")), header.to());
    }

    @Test
    void missingFromFallsBackToSenderElseStaysEmpty() throws Exception {
        assertEquals("robot@acme.example", reader.read(MimeTestMessages.parse("Sender: robot@acme.example\n"
                + "Subject: x\n\nx\n"), 1).from().email());
        MailHeader anonymous = reader.read(MimeTestMessages.parse("Subject: x\n\nx\n"), 1);
        assertNull(anonymous.from());
        assertTrue(anonymous.findFrom().isEmpty());
    }

    @Test
    void missingDateFallsBackToTheReceivedDate() throws Exception {
        Date received = Date.from(OffsetDateTime.parse("2026-12-01T08:00:00Z").toInstant());
        MimeMessage undated = new MimeMessage(MimeTestMessages.parse("From: ana@acme.example\nSubject: x\n\nx\n")) {
            @Override
            public Date getReceivedDate() {
                return received;
            }
        };

        assertEquals(OffsetDateTime.parse("2026-12-01T08:00:00Z"), reader.read(undated, 1).sentAt());
    }
}

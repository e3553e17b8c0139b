package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tandem.sync.mail.MailHeader;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The readers on messages as the sync gets them: IMAPMessages from a real IMAP server (GreenMail). */
class MailImapReadingTest {

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    /**
     * GreenMail 2.1.13 renders the {@code undisclosed-recipients:;} group in this mail's To as an ENVELOPE address
     * Angus Mail rejects ("Failed to load IMAP envelope"): the reader must fall back to the raw headers.
     */
    @Test
    void unparseableServerEnvelopeFallsBackToTheRawHeaders() throws Exception {
        GreenMailUser alice = IMAP.setUser("alice@tandem.test", "alice", "secret");
        try (InputStream raw = getClass().getResourceAsStream("gmail-reply-with-offer.eml")) {
            alice.deliver(new MimeMessage(MimeTestMessages.SESSION, raw));
        }
        try (Store store = IMAP.getImap().createStore()) {
            store.connect("alice", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message message = fetchEnvelopes(inbox)[0];
            long uid = ((UIDFolder) inbox).getUID(message);

            MailHeader header = new MailHeaderReader().read(message, uid);
            MailContent content = new MailContentReader().read(message);

            assertEquals("<CAH7x_Q=Tq9Lz+2F@mail.acme.example>", header.messageId());
            assertEquals("Re: Oferta año 2026 — licencias", header.subject());
            assertEquals("ana.perez@acme.example", header.from().email());
            assertEquals(-1, header.sizeBytes());
            assertTrue(content.text().startsWith("Hola Alice,"), content.text());
            assertEquals("Oferta año.pdf", content.attachments().get(1).filename());
        }
    }

    @Test
    void syntheticIdIsTheSameInEveryFolder() throws Exception {
        GreenMailUser alice = IMAP.setUser("alice@tandem.test", "alice", "secret");
        alice.deliver(MimeTestMessages.parse("From: Ana <ana@acme.example>\r\nTo: alice@tandem.test\r\n"
                + "Date: Mon, 30 Nov 2026 10:02:00 +0100\r\nSubject: No id\r\n\r\nBody\r\n"));
        try (Store store = IMAP.getImap().createStore()) {
            store.connect("alice", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Folder archive = store.getFolder("Archive");
            archive.create(Folder.HOLDS_MESSAGES);
            inbox.copyMessages(inbox.getMessages(), archive);
            archive.open(Folder.READ_ONLY);

            MailHeader header = new MailHeaderReader().read(fetchEnvelopes(inbox)[0], 1);
            String inInbox = header.messageId();
            String inArchive = new MailHeaderReader().read(fetchEnvelopes(archive)[0], 1).messageId();

            assertTrue(header.sizeBytes() > 0, "RFC822.SIZE from the envelope fetch");
            assertTrue(SyntheticMessageId.isSynthetic(inInbox), inInbox);
            assertEquals(inInbox, inArchive);
        }
    }

    private static Message[] fetchEnvelopes(Folder folder) throws Exception {
        Message[] messages = folder.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        return messages;
    }
}

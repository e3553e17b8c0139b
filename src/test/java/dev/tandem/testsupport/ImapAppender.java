package dev.tandem.testsupport;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** Puts test messages into a mailbox the way a mail client does: log in, APPEND (once per message), log out. */
final class ImapAppender {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    ImapAppender(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    long append(String folder, String rfc822) {
        Session session = session();
        return append(session, folder, parse(session, rfc822));
    }

    void appendAll(String folder, List<String> rfc822s) {
        Session session = session();
        Message[] messages = rfc822s.stream().map(text -> parse(session, text)).toArray(Message[]::new);
        append(session, folder, messages);
    }

    private static Message parse(Session session, String rfc822) {
        try {
            byte[] bytes = rfc822.replaceAll("\r?\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            return new MimeMessage(session, new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Not a parsable message", e);
        }
    }

    long append(String folder, Message message) {
        return append(session(), folder, message);
    }

    private long append(Session session, String folderName, Message... messages) {
        try (Store store = session.getStore("imap")) {
            store.connect(host, port, user, password);
            IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            AppendUID[] uids = folder.appendUIDMessages(messages);
            return uids[uids.length - 1].uid;
        } catch (MessagingException e) {
            throw new IllegalStateException("APPEND to " + folderName + " of " + user + " failed", e);
        }
    }

    private static Session session() {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", "5000");
        props.setProperty("mail.imap.timeout", "5000");
        return Session.getInstance(props);
    }
}

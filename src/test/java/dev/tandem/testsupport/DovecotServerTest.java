package dev.tandem.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DovecotServerTest {

    private static final String MESSAGE = """
            From: Ana <ana@example.com>
            To: Bo <bo@example.com>
            Subject: Quarterly numbers
            Message-ID: <q3@example.com>

            See you Monday.
            """;

    private static DovecotServer dovecot;
    private static long startMillis;

    @BeforeAll
    static void startDovecot() {
        long before = System.nanoTime();
        dovecot = new DovecotServer().addUser("ana", "secret").start();
        startMillis = (System.nanoTime() - before) / 1_000_000;
    }

    @AfterAll
    static void stopDovecot() {
        dovecot.close();
    }

    @Test
    void startsWithinTwoSecondsAndStartIsIdempotent() {
        assertTrue(startMillis < 2000, "started in " + startMillis + " ms");
        int port = dovecot.ports().imap();
        dovecot.start();
        assertEquals(port, dovecot.ports().imap());
    }

    @Test
    void appendedMessageCanBeReadOverImapsTrustingTheGeneratedCertificate() throws MessagingException, IOException {
        long uid = dovecot.appendMessage("ana", "INBOX", MESSAGE);
        Properties props = new Properties();
        props.put("mail.imaps.ssl.socketFactory", dovecot.certificate().sslContext().getSocketFactory());
        try (Store store = Session.getInstance(props).getStore("imaps")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imaps(), "ana", "secret");
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals("Quarterly numbers", inbox.getMessageByUID(uid).getSubject());
            assertTrue(((String) inbox.getMessageByUID(uid).getContent()).startsWith("See you Monday."));
            inbox.close();
        }
    }

    @Test
    void trustStoreFileHoldsTheServersCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance(dovecot.trustStoreFile().toFile(),
                DovecotServer.TRUST_STORE_PASSWORD.toCharArray());

        assertEquals(dovecot.certificate().certificate(), store.getCertificate(store.aliases().nextElement()));
    }

    @Test
    void announcesTheExtensionsTheSyncReliesOnAfterLogin() throws MessagingException {
        try (IMAPStore store = (IMAPStore) Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imap(), "ana", "secret");
            for (String capability : new String[] {"IDLE", "CONDSTORE", "QRESYNC", "SPECIAL-USE", "UIDPLUS"}) {
                assertTrue(store.hasCapability(capability), capability);
            }
            String[] sentAttributes = ((IMAPFolder) store.getFolder("Sent")).getAttributes();
            assertTrue(java.util.List.of(sentAttributes).contains("\\Sent"));
        }
    }

    @Test
    void userAddedWhileRunningCanLogInAndWrongPasswordCannot() throws MessagingException {
        dovecot.addUser("bo", "other");
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imap(), "bo", "other");
            assertTrue(store.isConnected());
        }
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            assertThrows(AuthenticationFailedException.class,
                    () -> store.connect(DovecotServer.HOST, dovecot.ports().imap(), "bo", "wrong"));
        }
    }

    @Test
    void passwordChangedWhileRunningTakesEffect() throws MessagingException {
        dovecot.addUser("cy", "first");
        login("cy", "first");
        dovecot.addUser("cy", "second");
        login("cy", "second");
        assertThrows(AuthenticationFailedException.class, () -> login("cy", "first"));
    }

    private static void login(String user, String password) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imap(), user, password);
        }
    }

    @Test
    void pop3ListenerGreetsLikePop3() throws IOException {
        try (Socket socket = new Socket(DovecotServer.HOST, dovecot.ports().pop3())) {
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertTrue(in.readLine().startsWith("+OK"));
        }
    }

    @Test
    void closeStopsTheServerAndCanBeRepeated() {
        DovecotServer other = new DovecotServer().start();
        int port = other.ports().imap();
        other.close();
        other.close();
        assertFalse(other.isRunning());
        assertThrows(ConnectException.class, () -> new Socket(DovecotServer.HOST, port).close());
        assertThrows(IllegalStateException.class, other::ports);
    }
}

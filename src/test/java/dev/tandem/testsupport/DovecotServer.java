package dev.tandem.testsupport;

import jakarta.mail.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Optional;

/**
 * A real Dovecot IMAP and POP3 server, started as a child process on loopback for the length of a test.
 *
 * <p>Everything lives in a fresh directory under {@code java.io.tmpdir} (Maven points it into {@code target/}):
 * the generated configuration, a self-signed certificate, the {@code users} password files, the maildirs and
 * {@code dovecot.log}. Nothing under {@code /etc/dovecot} is read and no system service is touched, so any number of
 * servers can run beside each other. It listens on four free ports (see {@link DovecotPorts}); Dovecot's IMAP
 * announces IDLE, CONDSTORE and QRESYNC after login, and the {@code Sent}, {@code Drafts} and {@code Trash}
 * folders carry their RFC 6154 special-use flags.
 *
 * <pre>{@code
 * try (DovecotServer dovecot = new DovecotServer().addUser("ana", "secret").start()) {
 *     long uid = dovecot.appendMessage("ana", "INBOX", rfc822Text);
 *     int port = dovecot.ports().imaps();   // trust it with dovecot.certificate().sslContext()
 * }
 * }</pre>
 *
 * <p>Dovecot needs to start as root (as on the build machines) and stores mail as the {@code dovecot} system user,
 * because it refuses to store mail as uid 0. {@link #start()} and {@link #close()} may be called more than once;
 * a JVM shutdown hook stops a server a test forgot to close.
 */
public final class DovecotServer implements AutoCloseable {

    /** The only address the server listens on. */
    public static final String HOST = "127.0.0.1";
    /** The password of {@link #trustStoreFile()}. */
    public static final String TRUST_STORE_PASSWORD = "changeit";
    private static final String MAIL_USER = "dovecot";

    private final Path parentDirectory;
    private final DovecotUsers users = new DovecotUsers();
    private DovecotProcess process;

    /** A server that will live in a new directory under {@code java.io.tmpdir}. */
    public DovecotServer() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    public DovecotServer(Path parentDirectory) {
        this.parentDirectory = parentDirectory;
    }

    /** Starts Dovecot and returns once it greets clients (typically in well under a second); a no-op if running. */
    public synchronized DovecotServer start() {
        if (process == null) {
            DovecotConfig config = prepare();
            users.writeTo(config.usersDirectory());
            process = DovecotProcess.start(config);
        }
        return this;
    }

    /** Stops Dovecot and its helper processes; the directory stays behind for its log. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /**
     * Adds a user, before or after {@link #start()}; the mailbox is created on the user's first login. Adding a
     * known user again with another password changes it; on a running server that takes about two seconds,
     * because Dovecot looks at a passwd-file's time stamp (in whole seconds) at most once a second.
     */
    public synchronized DovecotServer addUser(String user, String password) {
        boolean changed = users.put(user, password);
        if (process != null) {
            pauseIf(changed);
            users.writeTo(process.config().usersDirectory());
            pauseIf(changed);
        }
        return this;
    }

    public DovecotPorts ports() {
        return running().config().ports();
    }

    /** The server's certificate: its PEM file, and trust stores and a TLS context that accept it. */
    public SelfSignedCertificate certificate() {
        return running().config().certificate();
    }

    /**
     * A PKCS#12 trust store holding only this server's certificate (password {@link #TRUST_STORE_PASSWORD}), for a
     * separate process under test: {@code -Djavax.net.ssl.trustStore=...}.
     */
    public Path trustStoreFile() {
        Path file = directory().resolve("truststore.p12");
        return Files.exists(file) ? file : certificate().writeTrustStore(file, TRUST_STORE_PASSWORD.toCharArray());
    }

    /** The directory that holds the configuration, {@code dovecot.log} and the maildirs. */
    public Path directory() {
        return running().config().directory();
    }

    public Path logFile() {
        return running().config().logFile();
    }

    public boolean isRunning() {
        return process != null;
    }

    /**
     * Stores a message in a user's folder with IMAP APPEND (RFC 9051 §6.3.12), creating the folder if needed,
     * exactly as a mail client would.
     *
     * @param rfc822 the whole message: headers, a blank line, the body
     * @return the UID the server gave the message (UIDPLUS, RFC 4315)
     */
    public long appendMessage(String user, String folder, String rfc822) {
        return new ImapAppender(HOST, ports().imap(), user, users.getPassword(user)).append(folder, rfc822);
    }

    /** As {@link #appendMessage(String, String, String)}, for a message built with Jakarta Mail. */
    public long appendMessage(String user, String folder, Message message) {
        return new ImapAppender(HOST, ports().imap(), user, users.getPassword(user)).append(folder, message);
    }

    /** Stores many messages in one IMAP session (one APPEND each), faster than one login per message. */
    public void appendMessages(String user, String folder, java.util.List<String> rfc822s) {
        new ImapAppender(HOST, ports().imap(), user, users.getPassword(user)).appendAll(folder, rfc822s);
    }

    private static void pauseIf(boolean needed) {
        try {
            Thread.sleep(needed ? 1100 : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while changing a password", e);
        }
    }

    private DovecotProcess running() {
        return Optional.ofNullable(process).orElseThrow(() -> new IllegalStateException("Dovecot is not started"));
    }

    private DovecotConfig prepare() {
        try {
            Files.createDirectories(parentDirectory);
            Path directory = Files.createTempDirectory(parentDirectory.toAbsolutePath(), "dovecot-");
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            SelfSignedCertificate certificate = SelfSignedCertificate.generate(directory);
            DovecotConfig config = new DovecotConfig(directory, runDirectory(directory), DovecotPorts.allocate(),
                    certificate, MAIL_USER);
            createMailDirectory(config.mailDirectory());
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a Dovecot directory under " + parentDirectory, e);
        }
    }

    /** The mail processes run as {@link #MAIL_USER}, so that user must own the directory holding the homes. */
    private static void createMailDirectory(Path mailDirectory) throws IOException {
        Files.createDirectories(mailDirectory);
        UserPrincipalLookupService lookup = mailDirectory.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(mailDirectory, lookup.lookupPrincipalByName(MAIL_USER));
        Files.getFileAttributeView(mailDirectory, PosixFileAttributeView.class)
                .setGroup(lookup.lookupPrincipalByGroupName(MAIL_USER));
    }

    /** UNIX socket paths are limited to 108 bytes: a deep build directory moves the sockets to /tmp. */
    private static Path runDirectory(Path directory) throws IOException {
        if (directory.toAbsolutePath().toString().length() <= 64) {
            return directory.toAbsolutePath().resolve("run");
        }
        return Files.createTempDirectory(Path.of("/tmp"), "dovecot-run-");
    }
}

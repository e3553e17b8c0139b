package dev.tandem.mail.control.diagnosis;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.mail.control.imap.ImapSessionProperties;
import dev.tandem.mail.control.imap.ListedFolder;
import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.mail.control.imap.SentFolderFinder;
import dev.tandem.platform.OutboundAddressPolicy;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The LOGIN and FOLDERS steps, through Jakarta Mail with the same {@link ImapSessionProperties} the sync uses, so
 * a passing test means the sync can log in the same way.
 */
final class MailboxCheck implements AutoCloseable {

    private static final int LISTED_NAMES = 20;

    private final MailServerSettings settings;
    private final SSLSocketFactory socketFactory;
    private final OutboundAddressPolicy policy;
    private IMAPStore store;

    MailboxCheck(MailServerSettings settings, SSLSocketFactory socketFactory, OutboundAddressPolicy policy) {
        this.settings = settings;
        this.socketFactory = socketFactory;
        this.policy = policy;
    }

    /** Returns the sync extensions the server announces once logged in. */
    StepOutcome<Set<String>> login(DiagnosisRun run, Set<String> preLoginCapabilities) throws StepFailure {
        if (settings.security() == MailSecurity.NONE && preLoginCapabilities.contains("LOGINDISABLED")) {
            throw new StepFailure(DiagnosisReason.TLS_REQUIRED_FOR_LOGIN, "The server does not accept passwords "
                    + "over an unencrypted connection (LOGINDISABLED). Choose STARTTLS or SSL.");
        }
        MailServerSettings bounded = settings.withTimeout(Duration.ofMillis(run.remainingMillis()));
        try {
            store = (IMAPStore) Session.getInstance(ImapSessionProperties.of(bounded, socketFactory, policy))
                    .getStore(ImapSessionProperties.PROTOCOL);
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Set<String> extensions = syncExtensions();
            return StepOutcome.passed(extensions, "Logged in as " + settings.username() + ". After login: "
                    + CapabilityCheck.features(extensions) + ".");
        } catch (AuthenticationFailedException e) {
            throw new StepFailure(DiagnosisReason.AUTHENTICATION_FAILED,
                    "The server rejected the user name or password." + serverSaid(e));
        } catch (MessagingException e) {
            throw new StepFailure(DiagnosisReason.LOGIN_FAILED, "Logging in failed: " + redacted(e));
        }
    }

    /** Returns the full name of the Sent folder, if one was found. */
    StepOutcome<String> folders() throws StepFailure {
        List<ListedFolder> folders = list();
        if (folders.stream().noneMatch(ListedFolder::isInbox)) {
            throw new StepFailure(DiagnosisReason.NO_INBOX, "The server lists no INBOX among "
                    + names(folders) + ".");
        }
        Optional<ListedFolder> sent = SentFolderFinder.find(folders);
        String found = "INBOX found among " + folders.size() + " folders (" + names(folders) + "). ";
        if (sent.isEmpty()) {
            return new StepOutcome<>(null, found + "No Sent folder found (none is marked \\Sent and none has a "
                    + "usual name): sent mail cannot be synchronised until one is chosen.",
                    DiagnosisReason.SENT_FOLDER_NOT_FOUND);
        }
        String how = sent.get().hasAttribute("\\Sent") ? "marked \\Sent" : "found by its name";
        return StepOutcome.passed(sent.get().fullName(), found + "Sent folder: \"" + sent.get().fullName()
                + "\" (" + how + ").");
    }

    @Override
    public void close() {
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException ignored) {
            // Logging out is a courtesy; the test's verdict is already made.
        }
    }

    /** Asked again after login: servers such as Dovecot announce most extensions only then (RFC 9051 §6.2.3). */
    private Set<String> syncExtensions() throws MessagingException {
        Set<String> extensions = new LinkedHashSet<>();
        for (String extension : CapabilityCheck.SYNC_EXTENSIONS) {
            if (store.hasCapability(extension)) {
                extensions.add(extension);
            }
        }
        return extensions;
    }

    private List<ListedFolder> list() throws StepFailure {
        try {
            List<ListedFolder> folders = new ArrayList<>();
            for (Folder folder : store.getDefaultFolder().list("*")) {
                IMAPFolder imap = (IMAPFolder) folder;
                folders.add(new ListedFolder(imap.getFullName(), imap.getSeparator(), List.of(imap.getAttributes())));
            }
            return folders;
        } catch (MessagingException e) {
            throw new StepFailure(DiagnosisReason.PROTOCOL_ERROR, "Listing the folders failed: " + redacted(e));
        }
    }

    private static String names(List<ListedFolder> folders) {
        String shown = folders.stream().limit(LISTED_NAMES).map(ListedFolder::fullName)
                .collect(Collectors.joining(", "));
        return folders.size() > LISTED_NAMES ? shown + ", …" : shown;
    }

    /** The server's own words often say why (an app password is needed, the account is locked). */
    private String serverSaid(MessagingException e) {
        String said = redacted(e);
        return said.isBlank() ? "" : " The server said: " + said;
    }

    /** Exception texts can quote what was sent; the password must never reach a detail. */
    private String redacted(MessagingException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        return settings.password().isEmpty() ? message : message.replace(settings.password(), "****");
    }
}

package dev.tandem.mail.control;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Finds the folders mail sync reads: INBOX, and the Sent folder by its SPECIAL-USE attribute (RFC 6154) or, for
 * servers without it, by the names clients commonly give it.
 */
public final class MailFolders {

    private static final List<String> USUAL_SENT_NAMES = List.of("sent", "sent items", "sent messages",
            "sent mail", "[gmail]/sent mail", "enviados", "elementos enviados", "inbox.sent", "inbox/sent");

    private MailFolders() {
    }

    public static List<IMAPFolder> toSync(IMAPStore store) throws MessagingException {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        return findSent(store).map(sent -> List.of(inbox, sent)).orElse(List.of(inbox));
    }

    static Optional<IMAPFolder> findSent(IMAPStore store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder folder : all) {
            if (Arrays.asList(((IMAPFolder) folder).getAttributes()).contains("\\Sent")) {
                return Optional.of((IMAPFolder) folder);
            }
        }
        return Arrays.stream(all)
                .filter(f -> USUAL_SENT_NAMES.contains(f.getFullName().toLowerCase(Locale.ROOT)))
                .map(IMAPFolder.class::cast).findFirst();
    }
}

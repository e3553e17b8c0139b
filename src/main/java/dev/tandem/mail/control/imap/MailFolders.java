package dev.tandem.mail.control.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** The folders mail sync reads: INBOX, and the Sent folder as {@link SentFolderFinder} finds it (RFC 6154). */
public final class MailFolders {

    private MailFolders() {
    }

    public static List<IMAPFolder> toSync(IMAPStore store) throws MessagingException {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        var listed = new ArrayList<ListedFolder>();
        for (Folder folder : store.getDefaultFolder().list("*")) {
            IMAPFolder imap = (IMAPFolder) folder;
            listed.add(new ListedFolder(imap.getFullName(), imap.getSeparator(), List.of(imap.getAttributes())));
        }
        Optional<ListedFolder> sent = SentFolderFinder.find(listed);
        return sent.isPresent() ? List.of(inbox, (IMAPFolder) store.getFolder(sent.get().fullName())) : List.of(inbox);
    }
}

package dev.tandem.mail.control.imap;

import dev.tandem.sync.mail.FolderStatus;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.Status;

/**
 * What a folder's UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ are now. For a folder that is not open, one STATUS command
 * (RFC 9051 §6.3.11; HIGHESTMODSEQ only from a CONDSTORE server, RFC 7162 §3.1.7) on the store's connection: enough
 * to see that nothing changed since the cursor, without selecting the folder. Angus Mail would ask one STATUS per
 * item through {@code getUIDNext()} and friends. For an open folder, the values its SELECT/EXAMINE answer carried.
 */
public final class FolderStatuses {

    private FolderStatuses() {
    }

    public static FolderStatus peek(IMAPFolder closed) throws MessagingException {
        List<String> items = new ArrayList<>(List.of("UIDVALIDITY", "UIDNEXT"));
        if (hasCondStore(closed)) {
            items.add("HIGHESTMODSEQ");
        }
        Status status = (Status) closed.doCommand(protocol -> protocol.status(closed.getFullName(),
                items.toArray(String[]::new)));
        return new FolderStatus(status.uidvalidity, Math.max(status.uidnext, 0), Math.max(status.highestmodseq, 0));
    }

    public static FolderStatus ofOpen(IMAPFolder open) throws MessagingException {
        long modSeq = hasCondStore(open) ? open.getHighestModSeq() : 0;
        return new FolderStatus(open.getUIDValidity(), Math.max(open.getUIDNext(), 0), Math.max(modSeq, 0));
    }

    private static boolean hasCondStore(IMAPFolder folder) throws MessagingException {
        return ((IMAPStore) folder.getStore()).hasCapability("CONDSTORE");
    }
}

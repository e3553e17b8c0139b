package dev.tandem.mail.control.imap;

import dev.tandem.sync.mail.FolderPlan;
import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.util.Arrays;
import java.util.Date;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** Which UIDs of an open folder a plan covers, in ascending order. */
public final class FolderUids {

    private FolderUids() {
    }

    public static long[] toFetch(IMAPFolder folder, FolderPlan plan) throws MessagingException {
        Message[] messages = plan.since().isPresent()
                ? folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(plan.since().get())))
                : folder.getMessagesByUID(plan.fetchAfterUid() + 1, UIDFolder.MAXUID);
        var profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        long after = plan.fetchAfterUid();
        // RFC 9051 §6.4.8: "n:*" always includes the last message, even when n is above every UID.
        return Arrays.stream(messages).filter(m -> m != null).mapToLong(m -> uidOf(folder, m))
                .filter(uid -> uid > after).sorted().toArray();
    }

    private static long uidOf(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            return -1;
        }
    }
}

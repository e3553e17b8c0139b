package dev.tandem.mail.control.sync;

import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.mail.control.blocklist.SessionMailRules;
import dev.tandem.mail.control.imap.FolderUids;
import dev.tandem.mail.control.imap.ImapFailures;
import dev.tandem.mail.control.imap.ImapSessions;
import dev.tandem.mail.control.imap.MailFolders;
import dev.tandem.sync.mail.FolderPlan;
import dev.tandem.sync.mail.FolderPlanner;
import dev.tandem.sync.mail.FolderStatus;
import dev.tandem.sync.mail.MailDecision;
import dev.tandem.sync.mail.MailHeader;
import dev.tandem.sync.mail.MailMatcher;
import dev.tandem.sync.mail.MessageIdDeduplicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The mail half of the first-sync preview: reads the headers of the window exactly as the first sync would and asks
 * the same matcher, but downloads no body and writes nothing, so the user sees what would be logged before it is.
 */
@ApplicationScoped
public class MailFirstSyncPreview {

    private static final int BATCH = 500;

    @Inject
    MailSyncSettings settings;

    @Inject
    CrmMailDirectory directory;

    @Inject
    ActivityMessageIds.Factory loggedMessages;

    @Inject
    SessionMailRules rules;

    @Inject
    MailBatchProcessor batches;

    /** Tallies of one preview: mails seen, mails to log, and mails per contact and company. */
    private static final class Tally {
        int messages;
        int toLog;
        final Map<Long, Integer> byContact = new HashMap<>();
        final Map<Long, Integer> byCompany = new HashMap<>();
        final Set<String> seen = new HashSet<>();
    }

    public FirstSyncPreview.MailPreview preview(long userId, ImapAccount account, Set<String> own, Duration window) {
        var matcher = new MailMatcher(directory, settings.freeMailDomains(), rules.forUser(userId));
        var deduplicator = new MessageIdDeduplicator(loggedMessages.forOwner(userId));
        var tally = new Tally();
        try (IMAPStore store = ImapSessions.connect(account)) {
            for (IMAPFolder folder : MailFolders.toSync(store)) {
                folder.open(Folder.READ_ONLY);
                try {
                    FolderPlan plan = new FolderPlanner(settings.clock(), window).plan(folder.getFullName(),
                            Optional.empty(), new FolderStatus(folder.getUIDValidity(), 0, 0));
                    long[] uids = FolderUids.toFetch(folder, plan);
                    for (int start = 0; start < uids.length; start += BATCH) {
                        long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + BATCH));
                        deduplicator.deduplicate(batches.headersOf(folder, batch)).fresh().forEach(header ->
                                count(tally, header, matcher.decide(header, own)));
                    }
                } finally {
                    folder.close(false);
                }
            }
        } catch (MessagingException e) {
            throw ImapFailures.of(e, "read the mailbox");
        }
        return new FirstSyncPreview.MailPreview(tally.messages, tally.toLog, tally.byContact, tally.byCompany);
    }

    /** A mail in INBOX and in Sent (same Message-ID) counts once, as the sync logs it once. */
    private static void count(Tally tally, MailHeader header, MailDecision decision) {
        if (!tally.seen.add(header.messageId())) {
            return;
        }
        tally.messages++;
        if (decision instanceof MailDecision.Log log) {
            tally.toLog++;
            log.contactIds().forEach(id -> tally.byContact.merge(id, 1, Integer::sum));
            log.companyIds().forEach(id -> tally.byCompany.merge(id, 1, Integer::sum));
        }
    }
}

package dev.tandem.mail.control.sync;

import dev.tandem.connection.control.MailSyncPort.MailSyncTarget;
import dev.tandem.connection.control.SessionBook;
import dev.tandem.mail.control.imap.FolderUids;
import dev.tandem.mail.control.imap.ImapFailures;
import dev.tandem.mail.control.imap.ImapSessions;
import dev.tandem.mail.control.blocklist.SessionMailRules;
import dev.tandem.mail.control.imap.MailFolders;
import dev.tandem.sync.mail.FolderCursor;
import dev.tandem.sync.mail.FolderPlan;
import dev.tandem.sync.mail.FolderPlanner;
import dev.tandem.sync.mail.FolderStatus;
import dev.tandem.sync.mail.MailRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One mail sync session: INBOX then Sent, each read from its stored cursor (UIDVALIDITY + last UID + HIGHESTMODSEQ,
 * RFC 7162) in batches. Every batch ends with a commit that moves the cursor past mail that is already logged, so a
 * crash repeats at most one batch, and the Message-ID check makes the repeat log nothing twice. Before the new
 * mail, each folder's mail that a new contact address concerns is matched again ({@link MailRematch}).
 */
@ApplicationScoped
public class MailSyncSession {

    private static final int BATCH = 200;

    @Inject
    MailSyncSettings settings;

    @Inject
    MailLogbook logbook;

    @Inject
    MailBatchProcessor batches;

    @Inject
    SessionBook book;

    @Inject
    SessionMailRules rules;

    @Inject
    MailRematch rematch;

    public void run(MailSyncTarget target, Set<String> ownAddresses) {
        MailRules sessionRules = rules.forUser(target.userId());
        try (IMAPStore store = ImapSessions.connect(target.account())) {
            List<IMAPFolder> folders = MailFolders.toSync(store);
            for (int i = 0; i < folders.size(); i++) {
                syncFolder(target, ownAddresses, sessionRules, folders.get(i), i, folders.size());
            }
        } catch (MessagingException e) {
            throw ImapFailures.of(e, "read the mailbox");
        }
    }

    private void syncFolder(MailSyncTarget target, Set<String> own, MailRules sessionRules, IMAPFolder folder,
                            int index, int count) throws MessagingException {
        folder.open(Folder.READ_ONLY);
        try {
            FolderStatus status = statusOf(folder);
            rematchMarked(target, own, sessionRules, folder, status);
            FolderPlan plan = new FolderPlanner(settings.clock(), settings.firstSyncWindow(target.firstSyncDays()))
                    .plan(folder.getFullName(), logbook.findCursor(target.connectionId(), folder.getFullName()), status);
            if (!plan.needsFetch()) {
                return;
            }
            long[] uids = FolderUids.toFetch(folder, plan);
            FolderCursor cursor = plan.cursorToKeep();
            for (int start = 0; start < uids.length; start += BATCH) {
                long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + BATCH));
                var result = batches.process(target, own, sessionRules, folder, batch);
                cursor = cursor.advancedTo(batch[batch.length - 1]);
                logbook.finishBatch(target.userId(), target.connectionId(), cursor, result.ledgerLines(),
                        result.unmatched());
                double share = (index + (start + batch.length) / (double) uids.length) / count;
                book.mailProgress(target.connectionId(), share, result.logged());
            }
            FolderCursor done = status.knowsUidNext() ? cursor.advancedTo(status.uidNext() - 1) : cursor;
            logbook.finishBatch(target.userId(), target.connectionId(),
                    done.withHighestModSeq(status.highestModSeq()), List.of(), List.of());
        } finally {
            folder.close(false);
        }
    }

    /** Fetches again only the mail a new contact address concerns (see {@link MailRematch}), in batches. */
    private void rematchMarked(MailSyncTarget target, Set<String> own, MailRules sessionRules, IMAPFolder folder,
                               FolderStatus status) throws MessagingException {
        OffsetDateTime windowStart = OffsetDateTime.now(settings.clock())
                .minus(settings.firstSyncWindow(target.firstSyncDays()));
        long[] uids = rematch.pendingUids(target.connectionId(), folder.getFullName(), status.uidValidity(),
                windowStart);
        for (int start = 0; start < uids.length; start += BATCH) {
            long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + BATCH));
            var result = batches.process(target, own, sessionRules, folder, batch);
            logbook.finishRematch(target.userId(), target.connectionId(), folder.getFullName(), status.uidValidity(),
                    batch, result);
        }
    }

    private static FolderStatus statusOf(IMAPFolder folder) throws MessagingException {
        long modSeq = ((IMAPStore) folder.getStore()).hasCapability("CONDSTORE") ? folder.getHighestModSeq() : 0;
        return new FolderStatus(folder.getUIDValidity(), Math.max(folder.getUIDNext(), 0), Math.max(modSeq, 0));
    }
}

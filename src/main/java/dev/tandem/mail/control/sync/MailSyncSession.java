package dev.tandem.mail.control.sync;

import dev.tandem.connection.control.MailSyncPort.MailSyncTarget;
import dev.tandem.connection.control.SessionBook;
import dev.tandem.mail.control.imap.FolderStatuses;
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
import java.util.Optional;
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

    /**
     * One STATUS first (issue 12 item 2): when the folder has nothing past the cursor and no mail to match again,
     * that is its only round trip. Otherwise the folder is opened and its EXAMINE answer is planned from, since the
     * folder may have changed in between.
     */
    private void syncFolder(MailSyncTarget target, Set<String> own, MailRules sessionRules, IMAPFolder folder,
                            int index, int count) throws MessagingException {
        String name = folder.getFullName();
        FolderStatus seen = FolderStatuses.peek(folder);
        long[] marked = rematch.pendingUids(target.connectionId(), name, seen.uidValidity(), windowStart(target));
        Optional<FolderCursor> stored = logbook.findCursor(target.connectionId(), name);
        if (marked.length == 0 && !planner(target).plan(name, stored, seen).needsFetch()) {
            return;
        }
        folder.open(Folder.READ_ONLY);
        try {
            FolderStatus status = FolderStatuses.ofOpen(folder);
            if (status.uidValidity() == seen.uidValidity()) {
                rematchMarked(target, own, sessionRules, folder, status, marked);
            }
            FolderPlan plan = planner(target).plan(name, stored, status);
            if (plan.needsFetch()) {
                fetchPlanned(target, own, sessionRules, folder, plan, status, (double) index / count, 1.0 / count);
            }
        } finally {
            folder.close(false);
        }
    }

    private void fetchPlanned(MailSyncTarget target, Set<String> own, MailRules sessionRules, IMAPFolder folder,
                              FolderPlan plan, FolderStatus status, double progressBefore, double progressShare)
            throws MessagingException {
        long[] uids = FolderUids.toFetch(folder, plan);
        FolderCursor cursor = plan.cursorToKeep();
        for (int start = 0; start < uids.length; start += BATCH) {
            long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + BATCH));
            var result = batches.process(target, own, sessionRules, folder, batch);
            cursor = cursor.advancedTo(batch[batch.length - 1]);
            logbook.finishBatch(target.userId(), target.connectionId(), cursor, result.ledgerLines(),
                    result.unmatched());
            double share = progressBefore + progressShare * (start + batch.length) / uids.length;
            book.mailProgress(target.connectionId(), share, result.logged());
        }
        FolderCursor done = status.knowsUidNext() ? cursor.advancedTo(status.uidNext() - 1) : cursor;
        logbook.finishBatch(target.userId(), target.connectionId(),
                done.withHighestModSeq(status.highestModSeq()), List.of(), List.of());
    }

    private FolderPlanner planner(MailSyncTarget target) {
        return new FolderPlanner(settings.clock(), settings.firstSyncWindow(target.firstSyncDays()));
    }

    private OffsetDateTime windowStart(MailSyncTarget target) {
        return OffsetDateTime.now(settings.clock()).minus(settings.firstSyncWindow(target.firstSyncDays()));
    }

    /** Fetches again only the mail a new contact address concerns (see {@link MailRematch}), in batches. */
    private void rematchMarked(MailSyncTarget target, Set<String> own, MailRules sessionRules, IMAPFolder folder,
                               FolderStatus status, long[] uids) throws MessagingException {
        for (int start = 0; start < uids.length; start += BATCH) {
            long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + BATCH));
            var result = batches.process(target, own, sessionRules, folder, batch);
            logbook.finishRematch(target.userId(), target.connectionId(), folder.getFullName(), status.uidValidity(),
                    batch, result);
        }
    }
}

package dev.tandem.mail.control.sync;

import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.Direction;
import dev.tandem.activity.entity.EmailContent;
import dev.tandem.activity.entity.Recipient;
import dev.tandem.connection.control.Ledger;
import dev.tandem.connection.entity.MailCursor;
import dev.tandem.mail.control.mime.MailContent;
import dev.tandem.mail.entity.UnmatchedMail;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.mail.FolderCursor;
import dev.tandem.sync.mail.MailAddress;
import dev.tandem.sync.mail.MailDecision;
import dev.tandem.sync.mail.MailDirection;
import dev.tandem.sync.mail.MailHeader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The writes of mail sync, each in its own transaction: one logged mail (activity, attachments and its LOGGED
 * ledger entry commit together), and the end of a batch (the folder cursor and the ledger entries of the skipped
 * mails commit together). A cursor therefore never passes a mail whose activity is not committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailLogbook {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    public long logMail(long userId, MailHeader header, MailDecision.Log decision, MailContent content) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Activity activity = Activity.syncedEmail(userId, emailOf(header, decision, content, now), now);
        content.attachments().forEach(a -> activity.attach(a.filename(), a.contentType(), a.bytes()));
        em.persist(activity);
        em.flush();
        String reason = "matches " + describe(decision) + skippedAttachments(content);
        ledger.record(userId, new Ledger.Line(ItemKind.MAIL, header.messageId(), header.subject(), SyncOutcome.LOGGED,
                reason, activity.getId()));
        return activity.getId();
    }

    /**
     * Moves the folder's cursor and writes the ledger entries of the batch's skipped and failed mails, and keeps
     * the mails skipped for want of a contact for {@link MailRematch}.
     */
    public void finishBatch(long userId, long connectionId, FolderCursor cursor, List<Ledger.Line> lines,
                            List<MailBatchProcessor.Unmatched> unmatched) {
        MailCursor stored = em.find(MailCursor.class, new MailCursor.Key(connectionId, cursor.folder()));
        if (stored == null) {
            stored = new MailCursor(connectionId, cursor.folder());
            em.persist(stored);
        }
        stored.moveTo(cursor.uidValidity(), cursor.lastUid(), cursor.highestModSeq());
        lines.forEach(line -> ledger.record(userId, line));
        keepUnmatched(connectionId, cursor.folder(), cursor.uidValidity(), unmatched);
    }

    /**
     * Ends a re-match of some mails of a folder: their old rows go, those still without a contact come back
     * unmarked, and the ledger says what happened to each. The cursor does not move.
     */
    public void finishRematch(long userId, long connectionId, String folder, long uidValidity, long[] uids,
                              MailBatchProcessor.BatchResult result) {
        forgetUnmatched(connectionId, folder, uidValidity, uids);
        result.ledgerLines().forEach(line -> ledger.record(userId, line));
        keepUnmatched(connectionId, folder, uidValidity, result.unmatched());
    }

    private void keepUnmatched(long connectionId, String folder, long uidValidity,
                               List<MailBatchProcessor.Unmatched> unmatched) {
        if (unmatched.isEmpty()) {
            return;
        }
        // A batch repeated after a crash finds its rows already there.
        forgetUnmatched(connectionId, folder, uidValidity,
                unmatched.stream().mapToLong(MailBatchProcessor.Unmatched::uid).toArray());
        for (var mail : unmatched) {
            mail.addresses().stream().distinct().filter(a -> a.length() <= 320).forEach(address -> em.persist(new UnmatchedMail(connectionId, folder,
                    uidValidity, mail.uid(), address, mail.sentAt())));
        }
    }

    private void forgetUnmatched(long connectionId, String folder, long uidValidity, long[] uids) {
        em.createQuery("DELETE FROM UnmatchedMail u WHERE u.connectionId = :connection AND u.folder = :folder "
                        + "AND u.uidValidity = :validity AND u.uid IN :uids")
                .setParameter("connection", connectionId).setParameter("folder", folder)
                .setParameter("validity", uidValidity)
                .setParameter("uids", java.util.Arrays.stream(uids).boxed().toList()).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FolderCursor> findCursor(long connectionId, String folder) {
        return Optional.ofNullable(em.find(MailCursor.class, new MailCursor.Key(connectionId, folder)))
                .map(c -> new FolderCursor(folder, c.getUidValidity(), c.getLastUid(), c.getHighestModSeq()));
    }

    private static EmailContent emailOf(MailHeader header, MailDecision.Log decision, MailContent content,
                                        OffsetDateTime now) {
        var recipients = new ArrayList<Recipient>();
        for (int i = 0; i < header.to().size(); i++) {
            recipients.add(new Recipient(Recipient.Kind.TO, i, header.to().get(i).email(), header.to().get(i).name()));
        }
        for (int i = 0; i < header.cc().size(); i++) {
            recipients.add(new Recipient(Recipient.Kind.CC, i, header.cc().get(i).email(), header.cc().get(i).name()));
        }
        Optional<MailAddress> from = header.findFrom();
        String subject = content.subject() == null || content.subject().isEmpty() ? header.subject() : content.subject();
        return new EmailContent(header.messageId(),
                decision.direction() == MailDirection.SENT ? Direction.SENT : Direction.RECEIVED,
                subject.length() > 1000 ? subject.substring(0, 1000) : subject, content.text(), content.html(),
                header.sentAt() == null ? now : header.sentAt(), from.map(MailAddress::email).orElse(null), from.map(MailAddress::name).orElse(null),
                recipients, new LinkedHashSet<>(decision.contactIds()), new LinkedHashSet<>(decision.companyIds()));
    }

    private static String describe(MailDecision.Log decision) {
        var parts = new ArrayList<String>();
        if (!decision.contactIds().isEmpty()) {
            parts.add("contact " + join(decision.contactIds()));
        }
        if (!decision.companyIds().isEmpty()) {
            parts.add("company " + join(decision.companyIds()));
        }
        return String.join(" and ", parts);
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static String skippedAttachments(MailContent content) {
        return content.skippedAttachments().isEmpty() ? "" : "; not kept: " + String.join("; ",
                content.skippedAttachments().stream().map(s -> s.filename() + " (" + s.reason() + ")").toList());
    }
}

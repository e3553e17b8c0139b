package dev.tandem.mail.control.sync;

import dev.tandem.connection.control.Ledger;
import dev.tandem.connection.control.MailSyncPort.MailSyncTarget;
import dev.tandem.mail.control.mime.MailContent;
import dev.tandem.mail.control.mime.MailContentException;
import dev.tandem.mail.control.mime.MailHeaderReader;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.mail.DeduplicatedBatch;
import dev.tandem.sync.mail.MailDecision;
import dev.tandem.sync.mail.MailHeader;
import dev.tandem.sync.mail.MailMatcher;
import dev.tandem.sync.mail.MailRules;
import dev.tandem.sync.mail.MessageIdDeduplicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * One batch of a folder: envelopes first (FETCH ENVELOPE UID RFC822.SIZE and the two header fields that mark bulk
 * mail), then the matcher decides with the user's {@link MailRules}, and only
 * mail that concerns the CRM has its body downloaded and logged. A message that cannot be read or logged becomes a
 * FAILED ledger line; it never stops the batch.
 */
@ApplicationScoped
public class MailBatchProcessor {

    private static final Logger LOG = Logger.getLogger(MailBatchProcessor.class.getName());

    @Inject
    MailSyncSettings settings;

    @Inject
    CrmMailDirectory directory;

    @Inject
    ActivityMessageIds.Factory loggedMessages;

    @Inject
    MailLogbook logbook;

    /**
     * What a batch left for the ledger (skips and failures), how many mails it logged, and the mails it skipped only
     * for want of a contact (kept to be matched again when a contact gets one of their addresses).
     */
    public record BatchResult(List<Ledger.Line> ledgerLines, int logged, List<Unmatched> unmatched) {
    }

    /** A mail skipped with "no CRM contact among …": where it lies and which addresses were unknown. */
    public record Unmatched(long uid, OffsetDateTime sentAt, List<String> addresses) {
    }

    public BatchResult process(MailSyncTarget target, Set<String> own, MailRules rules, IMAPFolder folder,
                               long[] uids) throws MessagingException {
        Message[] messages = folder.getMessagesByUID(uids);
        folder.fetch(messages, envelopeProfile());
        var lines = new ArrayList<Ledger.Line>();
        Map<String, Message> byMessageId = new HashMap<>();
        var headers = readHeaders(folder, messages, lines, byMessageId);
        DeduplicatedBatch batch = new MessageIdDeduplicator(loggedMessages.forOwner(target.userId()))
                .deduplicate(headers);
        batch.duplicates().forEach(d -> lines.add(line(d.header(), SyncOutcome.SKIPPED, d.reason())));
        var matcher = new MailMatcher(directory, settings.freeMailDomains(), rules);
        int logged = 0;
        var unmatched = new ArrayList<Unmatched>();
        for (MailHeader header : batch.fresh()) {
            MailDecision decision = matcher.decide(header, own);
            if (decision instanceof MailDecision.Log log) {
                logged += logOne(target, header, log, byMessageId.get(header.messageId()), lines) ? 1 : 0;
            } else {
                var skip = (MailDecision.Skip) decision;
                lines.add(line(header, SyncOutcome.SKIPPED, skip.reason()));
                if (!skip.unknown().isEmpty()) {
                    unmatched.add(new Unmatched(header.uid(), header.sentAt(), skip.unknown()));
                }
            }
        }
        return new BatchResult(lines, logged, unmatched);
    }

    /** The headers of these UIDs, for a look that logs nothing (the first-sync preview); unreadable ones are left out. */
    public List<MailHeader> headersOf(IMAPFolder folder, long[] uids) throws MessagingException {
        Message[] messages = folder.getMessagesByUID(uids);
        folder.fetch(messages, envelopeProfile());
        return readHeaders(folder, messages, new ArrayList<>(), new HashMap<>());
    }

    private List<MailHeader> readHeaders(IMAPFolder folder, Message[] messages, List<Ledger.Line> lines,
                                         Map<String, Message> byMessageId) throws MessagingException {
        var headers = new ArrayList<MailHeader>();
        var reader = new MailHeaderReader();
        for (Message message : messages) {
            if (message == null) {
                continue;
            }
            long uid = folder.getUID(message);
            try {
                MailHeader header = reader.read(message, uid);
                headers.add(header);
                byMessageId.putIfAbsent(header.messageId(), message);
            } catch (MailContentException | RuntimeException e) {
                lines.add(new Ledger.Line(ItemKind.MAIL, folder.getFullName() + " UID " + uid, "",
                        SyncOutcome.FAILED, "The message header could not be read: " + e.getMessage(), null));
            }
        }
        return headers;
    }

    private boolean logOne(MailSyncTarget target, MailHeader header, MailDecision.Log decision, Message message,
                           List<Ledger.Line> lines) {
        try {
            MailContent content = settings.contentReader().read(message);
            logbook.logMail(target.userId(), header, decision, content);
            return true;
        } catch (MailContentException e) {
            lines.add(line(header, SyncOutcome.FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not log mail " + header.messageId(), e);
            var already = loggedMessages.forOwner(target.userId()).findActivityIdByMessageId(header.messageId());
            lines.add(already.map(id -> line(header, SyncOutcome.SKIPPED, "already logged as activity " + id))
                    .orElseGet(() -> line(header, SyncOutcome.FAILED,
                            "The mail could not be saved (" + e.getClass().getSimpleName() + ").")));
        }
        return false;
    }

    private static Ledger.Line line(MailHeader header, SyncOutcome outcome, String reason) {
        return new Ledger.Line(ItemKind.MAIL, header.messageId(), header.subject(), outcome, reason, null);
    }

    private static FetchProfile envelopeProfile() {
        var profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(UIDFolder.FetchProfileItem.UID);
        MailHeaderReader.BULK_HEADERS.forEach(profile::add);
        return profile;
    }
}

package dev.tandem.sync.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps mail logging idempotent: a Message-ID already logged, or seen earlier in the same batch (the copy in
 * INBOX and the one in Sent of a mail to oneself and a contact), is dropped with a reason. UIDs cannot do this:
 * they differ between folders and die with UIDVALIDITY (RFC 9051 §2.3.1.1).
 */
public final class MessageIdDeduplicator {

    private final LoggedMessages logged;

    public MessageIdDeduplicator(LoggedMessages logged) {
        this.logged = Objects.requireNonNull(logged, "logged");
    }

    public DeduplicatedBatch deduplicate(List<MailHeader> headers) {
        Map<String, Long> alreadyLogged = logged.findActivityIdsByMessageIds(
                headers.stream().map(MailHeader::messageId).distinct().toList());
        var fresh = new ArrayList<MailHeader>();
        var duplicates = new ArrayList<SkippedMail>();
        Set<String> seen = new HashSet<>();
        for (MailHeader header : headers) {
            Long activityId = alreadyLogged.get(header.messageId());
            if (activityId != null) {
                duplicates.add(skip(header, "already logged as activity " + activityId));
            } else if (!seen.add(key(header.messageId()))) {
                duplicates.add(skip(header, "same Message-ID " + header.messageId() + " earlier in this sync"));
            } else {
                fresh.add(header);
            }
        }
        return new DeduplicatedBatch(fresh, duplicates);
    }

    /** Message-IDs compare without the angle brackets and surrounding blanks some clients drop or add. */
    static String key(String messageId) {
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        return id;
    }

    private static SkippedMail skip(MailHeader header, String reason) {
        return new SkippedMail(header, new MailDecision.Skip(reason));
    }
}

package dev.tandem.sync.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which Message-IDs already became activities. The CRM adapter implements it; the sync asks before logging so
 * that a mail seen in INBOX and in Sent, or again after a UIDVALIDITY rescan, is logged once.
 */
public interface LoggedMessages {

    /** The activity a message was logged as, if it was; {@code messageId} as the header carries it. */
    Optional<Long> findActivityIdByMessageId(String messageId);

    /** Activity id by Message-ID for those already logged; override to answer with one query. */
    default Map<String, Long> findActivityIdsByMessageIds(Collection<String> messageIds) {
        var found = new LinkedHashMap<String, Long>();
        messageIds.forEach(id -> findActivityIdByMessageId(id).ifPresent(activity -> found.put(id, activity)));
        return found;
    }
}

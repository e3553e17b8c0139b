package dev.tandem.mail.control.blocklist;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;

/** Everything that can go wrong with the blocklist and mail preferences. */
public class MailRulesException extends TandemException {

    protected MailRulesException(Kind kind, String message, UserMessage userMessage) {
        super(kind, message, null, userMessage);
    }

    public static MailRulesException invalidEntry(String entry) {
        return new MailRulesException(Kind.INVALID, "entry: '" + entry + "' is neither a mail address "
                + "(ana@acme.com) nor a domain (acme.com).", UserMessage.of("sync.blocklist.invalid", entry));
    }

    public static MailRulesException duplicate(String entry) {
        return new MailRulesException(Kind.CONFLICT, "'" + entry + "' is already on this blocklist.",
                UserMessage.of("sync.blocklist.duplicate", entry));
    }

    /** Another user's entry answers like a missing one, so its existence is not revealed. */
    public static MailRulesException notFound(long id) {
        return new MailRulesException(Kind.NOT_FOUND, "There is no blocklist entry " + id + ".", null);
    }

    public static MailRulesException adminsOnly() {
        return new MailRulesException(Kind.FORBIDDEN, "Only an admin can change the blocklist of the whole CRM.",
                UserMessage.of("sync.blocklist.adminsOnly"));
    }
}

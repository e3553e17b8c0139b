package dev.tandem.mail.control.discovery;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;

/** Why no IMAP server can be proposed for an address. */
public class DiscoveryException extends TandemException {

    protected DiscoveryException(Kind kind, String message, UserMessage userMessage) {
        super(kind, message, null, userMessage);
    }

    public static DiscoveryException notAnAddress() {
        return new DiscoveryException(Kind.INVALID, "email: give a mail address such as ana@acme.com.",
                UserMessage.of("sync.discovery.notAnAddress"));
    }

    public static DiscoveryException nothingFound(String email) {
        return new DiscoveryException(Kind.NOT_FOUND, "No IMAP server could be found for " + email.strip() + ": "
                + "enter the server data your mail provider gives you.", UserMessage.of("sync.discovery.none"));
    }
}

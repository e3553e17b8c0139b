package dev.tandem.mail.control.imap;

import java.util.List;
import java.util.Locale;

/**
 * A folder as an IMAP LIST response names it (RFC 9051 §7.3.1).
 *
 * @param separator  the hierarchy delimiter, or {@code 0} when the server has no hierarchy
 * @param attributes flags such as {@code \Sent} (RFC 6154) or {@code \Noselect}
 */
public record ListedFolder(String fullName, char separator, List<String> attributes) {

    public ListedFolder {
        attributes = List.copyOf(attributes);
    }

    /** The last level of the name: {@code Sent} for {@code INBOX.Sent}. */
    String leafName() {
        int last = separator == 0 ? -1 : fullName.lastIndexOf(separator);
        return fullName.substring(last + 1);
    }

    public boolean hasAttribute(String attribute) {
        return attributes.stream().anyMatch(attribute::equalsIgnoreCase);
    }

    /** INBOX is case-insensitive (RFC 9051 §5.1). */
    public boolean isInbox() {
        return fullName.toUpperCase(Locale.ROOT).equals("INBOX");
    }
}

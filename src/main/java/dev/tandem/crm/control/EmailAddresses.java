package dev.tandem.crm.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How the CRM spells addresses and domains: trimmed, the domain lower-cased (domains are case-insensitive,
 * RFC 5321 §2.4). Comparisons are case-insensitive throughout, so {@code Ana@ACME.com} and {@code ana@acme.com}
 * are one contact.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static Set<String> normaliseAll(Collection<String> emails) {
        var result = new LinkedHashSet<String>();
        emails.stream().map(EmailAddresses::normalise).forEach(result::add);
        return result;
    }

    /** The key two addresses share when they are the same mailbox. */
    public static String matchKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normaliseDomain(String domain) {
        String trimmed = domain.strip().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
    }
}

package dev.tandem.mail.control.blocklist;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A blocklist entry as typed: an address ({@code ana@acme.com}) or a domain ({@code acme.com}, {@code @acme.com}),
 * lower-cased. A domain keeps to the letters, digits, dots and hyphens of host names (RFC 1123 §2.1), which also
 * keeps the SQL LIKE patterns built from it free of wildcards.
 */
public record BlockEntry(String value, boolean domain) {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@" + DOMAIN.pattern());

    public static BlockEntry parse(String text) {
        String entry = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (entry.startsWith("@")) {
            entry = entry.substring(1);
        }
        if (entry.length() <= 320 && ADDRESS.matcher(entry).matches()) {
            return new BlockEntry(entry, false);
        }
        if (entry.length() <= 253 && DOMAIN.matcher(entry).matches()) {
            return new BlockEntry(entry, true);
        }
        throw MailRulesException.invalidEntry(text == null ? "" : text.strip());
    }
}

package dev.tandem.sync.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One mailbox of a message header (RFC 5322 {@code mailbox}): the address, normalised so that two spellings of
 * the same mailbox compare equal, and the display name when the header carried one.
 */
public record MailAddress(String email, String name) {

    public MailAddress {
        Objects.requireNonNull(email, "email");
        email = normalise(email);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static MailAddress of(String email) {
        return new MailAddress(email, null);
    }

    /** The part after the last {@code @}, or an empty string for an address without one. */
    public String domain() {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    /**
     * Trims and lower-cases the address. The local part is case-sensitive in theory (RFC 5321 §2.4) but no
     * provider Tandem meets treats it so, and matching CRM contacts must not miss {@code Ana@Acme.com}.
     */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

package dev.tandem.sync.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The addresses and domains whose mail is never logged: the user's own entries and the CRM-wide ones an admin
 * keeps. A domain entry also covers its subdomains ({@code acme.com} blocks {@code mail.acme.com}), since bulk
 * senders mail from subdomains of the name people know.
 */
public record Blocklist(List<Entry> entries) {

    /** One address or domain, lower-case; {@code crmWide} for an admin's entry that applies to every user. */
    public record Entry(String value, boolean domain, boolean crmWide) {

        public Entry {
            value = MailAddress.normalise(Objects.requireNonNull(value, "value"));
        }

        boolean blocks(MailAddress address) {
            if (!domain) {
                return address.email().equals(value);
            }
            String host = address.domain();
            return host.equals(value) || host.endsWith("." + value);
        }

        String reason(MailAddress address) {
            return address.email() + " is on " + (crmWide ? "the CRM's" : "your") + " blocklist ("
                    + (domain ? "domain " : "address ") + value + ")";
        }
    }

    public Blocklist {
        entries = List.copyOf(entries);
    }

    public static Blocklist empty() {
        return new Blocklist(List.of());
    }

    /** The ledger's reason when any of these addresses is blocked. */
    public Optional<String> findBlockReason(List<MailAddress> addresses) {
        for (MailAddress address : addresses) {
            for (Entry entry : entries) {
                if (entry.blocks(address)) {
                    return Optional.of(entry.reason(address));
                }
            }
        }
        return Optional.empty();
    }
}

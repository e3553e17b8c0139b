package dev.tandem.mail.control.discovery;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.mail.control.discovery.SrvLookup.SrvRecord;
import java.util.Comparator;
import java.util.Optional;

/**
 * RFC 6186 §3: {@code _imaps._tcp.<domain>} (implicit TLS) is preferred to {@code _imap._tcp.<domain>}
 * (STARTTLS, RFC 8314 §5.1); within a name the lowest priority wins, then the highest weight; a target of "."
 * says the service is not offered.
 */
final class SrvProposals {

    private SrvProposals() {
    }

    static Optional<ImapProposal> of(String domain, SrvLookup dns) {
        return best(dns, "_imaps._tcp." + domain, MailSecurity.SSL)
                .or(() -> best(dns, "_imap._tcp." + domain, MailSecurity.STARTTLS));
    }

    private static Optional<ImapProposal> best(SrvLookup dns, String name, MailSecurity security) {
        return dns.lookup(name).stream()
                .filter(record -> !record.target().equals(".") && record.port() > 0)
                .min(Comparator.comparingInt(SrvRecord::priority).thenComparing(SrvRecord::weight,
                        Comparator.reverseOrder()))
                .map(record -> new ImapProposal(stripDot(record.target()), record.port(), security, "SRV", "IMAP"));
    }

    private static String stripDot(String target) {
        return target.endsWith(".") ? target.substring(0, target.length() - 1) : target;
    }
}

package dev.tandem.sync.mail;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What keeps mail out of the CRM although it may name a contact: the blocklist, bulk mail (unless the user wants
 * it), and mail that only colleagues exchanged.
 *
 * @param crmUserAddresses the addresses of every user of this CRM: a mail only between them is internal and is
 *                         logged only when a contact is on it too
 * @param logBulkMail      whether mail with {@code List-Unsubscribe} (RFC 2369) or {@code Precedence: bulk} is logged
 */
public record MailRules(Blocklist blocklist, Set<String> crmUserAddresses, boolean logBulkMail) {

    public MailRules {
        Objects.requireNonNull(blocklist, "blocklist");
        crmUserAddresses = crmUserAddresses.stream().map(MailAddress::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** No blocklist, no colleagues, bulk mail logged: matching on contacts and companies alone. */
    public static MailRules none() {
        return new MailRules(Blocklist.empty(), Set.of(), true);
    }
}

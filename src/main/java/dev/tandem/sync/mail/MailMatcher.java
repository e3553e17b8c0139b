package dev.tandem.sync.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a message concerns the CRM, from its header alone (so bodies of private mail are never
 * downloaded). Every address of the sender, To and Cc is looked up as a contact; the domains of those addresses
 * are looked up as companies, except free-mail domains. The user's own addresses never count: a mail between
 * two of the user's own mailboxes concerns nobody in the CRM.
 */
public final class MailMatcher {

    private final CrmDirectory directory;
    private final FreeMailDomains freeMail;

    public MailMatcher(CrmDirectory directory, FreeMailDomains freeMail) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.freeMail = Objects.requireNonNull(freeMail, "freeMail");
    }

    /** @param ownAddresses the user's addresses (any case): the account and its aliases */
    public MailDecision decide(MailHeader header, Set<String> ownAddresses) {
        Set<String> own = ownAddresses.stream().map(MailAddress::normalise).collect(Collectors.toSet());
        List<String> others = otherParties(header, own);
        if (others.isEmpty()) {
            return new MailDecision.Skip("only your own addresses are on this message");
        }
        List<Long> contactIds = distinct(directory.findContactIdsByEmails(others).values());
        List<Long> companyIds = distinct(directory.findCompanyIdsByDomains(companyDomains(others)).values());
        if (contactIds.isEmpty() && companyIds.isEmpty()) {
            return new MailDecision.Skip("no CRM contact among " + String.join(", ", others));
        }
        return new MailDecision.Log(contactIds, companyIds, direction(header, own));
    }

    private static List<String> otherParties(MailHeader header, Set<String> own) {
        var others = new LinkedHashSet<String>();
        for (MailAddress address : header.allAddresses()) {
            if (!own.contains(address.email()) && !address.email().isEmpty()) {
                others.add(address.email());
            }
        }
        return new ArrayList<>(others);
    }

    private List<String> companyDomains(List<String> emails) {
        var domains = new LinkedHashSet<String>();
        for (String email : emails) {
            String domain = MailAddress.of(email).domain();
            if (!domain.isEmpty() && !freeMail.contains(domain)) {
                domains.add(domain);
            }
        }
        return new ArrayList<>(domains);
    }

    private static MailDirection direction(MailHeader header, Set<String> own) {
        boolean fromMe = header.findFrom().map(from -> own.contains(from.email())).orElse(false);
        return fromMe ? MailDirection.SENT : MailDirection.RECEIVED;
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}

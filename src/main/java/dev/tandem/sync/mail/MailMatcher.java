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
 * downloaded). The {@link MailRules} come first: a blocked address anywhere on the mail, or bulk mail the user does
 * not log, keeps it out whoever else is on it. Then every address of the sender, To and Cc is looked up as a
 * contact, and the domains of the addresses that are not CRM users as companies, except free-mail domains. The
 * user's own addresses never count, and a mail only among colleagues is logged only when a contact is on it.
 */
public final class MailMatcher {

    private final CrmDirectory directory;
    private final FreeMailDomains freeMail;
    private final MailRules rules;

    public MailMatcher(CrmDirectory directory, FreeMailDomains freeMail) {
        this(directory, freeMail, MailRules.none());
    }

    public MailMatcher(CrmDirectory directory, FreeMailDomains freeMail, MailRules rules) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.freeMail = Objects.requireNonNull(freeMail, "freeMail");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** @param ownAddresses the user's addresses (any case): the account and its aliases */
    public MailDecision decide(MailHeader header, Set<String> ownAddresses) {
        Set<String> own = ownAddresses.stream().map(MailAddress::normalise).collect(Collectors.toSet());
        List<String> others = otherParties(header, own);
        if (others.isEmpty()) {
            return new MailDecision.Skip("only your own addresses are on this message");
        }
        var blocked = rules.blocklist().findBlockReason(header.allAddresses());
        if (blocked.isPresent()) {
            return new MailDecision.Skip(blocked.get());
        }
        if (header.bulk() && !rules.logBulkMail()) {
            return new MailDecision.Skip("bulk mail (List-Unsubscribe or Precedence: bulk); logging bulk mail is off");
        }
        List<Long> contactIds = distinct(directory.findContactIdsByEmails(others).values());
        List<String> outsiders = others.stream().filter(a -> !rules.crmUserAddresses().contains(a)).toList();
        if (contactIds.isEmpty() && outsiders.isEmpty()) {
            return new MailDecision.Skip("only users of this CRM are on this message, and no contact");
        }
        List<Long> companyIds = distinct(directory.findCompanyIdsByDomains(companyDomains(outsiders)).values());
        if (contactIds.isEmpty() && companyIds.isEmpty()) {
            return new MailDecision.Skip("no CRM contact among " + String.join(", ", outsiders), outsiders);
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

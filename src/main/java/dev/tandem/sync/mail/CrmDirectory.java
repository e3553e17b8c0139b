package dev.tandem.sync.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM as the mail matcher sees it: who is a contact, which company owns a domain. The CRM adapter implements
 * it; the batch methods exist so one query can answer for every address of a message (override them, the
 * defaults ask one by one).
 */
public interface CrmDirectory {

    /** @param email a normalised address ({@link MailAddress#normalise(String)}) */
    Optional<Long> findContactIdByEmail(String email);

    /** @param domain a lower-case domain, never a free-mail one */
    Optional<Long> findCompanyIdByDomain(String domain);

    /** Contact id by address, for the addresses that belong to a contact; the others are absent. */
    default Map<String, Long> findContactIdsByEmails(Collection<String> emails) {
        var found = new LinkedHashMap<String, Long>();
        emails.forEach(email -> findContactIdByEmail(email).ifPresent(id -> found.put(email, id)));
        return found;
    }

    /** Company id by domain, for the domains a company owns; the others are absent. */
    default Map<String, Long> findCompanyIdsByDomains(Collection<String> domains) {
        var found = new LinkedHashMap<String, Long>();
        domains.forEach(domain -> findCompanyIdByDomain(domain).ifPresent(id -> found.put(domain, id)));
        return found;
    }
}

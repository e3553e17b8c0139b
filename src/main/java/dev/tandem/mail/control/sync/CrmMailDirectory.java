package dev.tandem.mail.control.sync;

import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import dev.tandem.sync.mail.CrmDirectory;
import dev.tandem.sync.mail.MailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CRM as the mail matcher sees it, answering for all addresses of a message with one query each. */
@ApplicationScoped
public class CrmMailDirectory implements CrmDirectory {

    @Inject
    Contacts contacts;

    @Inject
    Companies companies;

    @Override
    public Optional<Long> findContactIdByEmail(String email) {
        return Optional.ofNullable(findContactIdsByEmails(List.of(email)).get(email));
    }

    @Override
    public Optional<Long> findCompanyIdByDomain(String domain) {
        return Optional.ofNullable(findCompanyIdsByDomains(List.of(domain)).get(domain));
    }

    @Override
    public Map<String, Long> findContactIdsByEmails(Collection<String> emails) {
        var found = new LinkedHashMap<String, Long>();
        for (Contact contact : contacts.findByEmails(emails)) {
            contact.getEmails().stream().map(MailAddress::normalise).filter(emails::contains)
                    .forEach(email -> found.put(email, contact.getId()));
        }
        return found;
    }

    @Override
    public Map<String, Long> findCompanyIdsByDomains(Collection<String> domains) {
        var found = new LinkedHashMap<String, Long>();
        for (Company company : companies.findByDomains(domains)) {
            company.getDomains().stream().filter(domains::contains).forEach(d -> found.put(d, company.getId()));
        }
        return found;
    }
}

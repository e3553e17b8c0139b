package dev.tandem.crm.boundary;

import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import java.util.List;

/** A contact as the API shows it. */
public record ContactView(long id, String name, List<String> emails, Long companyId) {

    static ContactView of(Contact contact) {
        return new ContactView(contact.getId(), contact.getName(), contact.getEmails().stream().sorted().toList(),
                contact.findCompany().map(Company::getId).orElse(null));
    }
}

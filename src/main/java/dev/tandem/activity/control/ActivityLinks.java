package dev.tandem.activity.control;

import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Checks that the contacts and companies an activity links to exist, naming the first one that does not. */
@ApplicationScoped
public class ActivityLinks {

    @Inject
    Contacts contacts;

    @Inject
    Companies companies;

    void ensureExist(Set<Long> contactIds, Set<Long> companyIds) {
        contactIds.stream().filter(id -> contacts.find(id).isEmpty()).findFirst().ifPresent(id -> {
            throw ActivityException.invalid("contactIds: there is no contact " + id + ".");
        });
        companyIds.stream().filter(id -> companies.find(id).isEmpty()).findFirst().ifPresent(id -> {
            throw ActivityException.invalid("companyIds: there is no company " + id + ".");
        });
    }
}

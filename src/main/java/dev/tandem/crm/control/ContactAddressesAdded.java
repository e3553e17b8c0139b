package dev.tandem.crm.control;

import java.util.Set;

/**
 * A CDI event: a contact was created with these addresses or was given them. Fired inside the transaction that
 * saves the contact, so what observers write (mail sync marks old mail to match again) commits with it or not at all.
 *
 * @param emails the new addresses as match keys ({@link EmailAddresses#matchKey}: lower-cased)
 */
public record ContactAddressesAdded(long contactId, Set<String> emails) {

    public ContactAddressesAdded {
        emails = Set.copyOf(emails);
    }
}

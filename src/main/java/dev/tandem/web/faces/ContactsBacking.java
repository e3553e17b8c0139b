package dev.tandem.web.faces;

import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.entity.Contact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contact list with its search box (a GET form: a search is a link a user can keep or share). */
@Named
@RequestScoped
public class ContactsBacking {

    static final int SHOWN = 200;

    @Inject
    Contacts contacts;

    private String query;
    private List<Contact> found;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Contact> getFound() {
        if (found == null) {
            found = contacts.search(query, SHOWN);
        }
        return found;
    }
}

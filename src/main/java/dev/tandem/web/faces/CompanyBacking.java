package dev.tandem.web.faces;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.entity.Activity;
import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One company: its contacts and its timeline (mail logged against it, by a contact's address or by its domain, and
 * the user's notes), newest first, with a form to add a note about the company.
 */
@Named
@RequestScoped
public class CompanyBacking extends ItemBacking<Company> {

    static final int CONTACTS = 200;

    @Inject
    Companies companies;

    @Inject
    Contacts contacts;

    @Inject
    Activities activities;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoteForm noteForm;

    private List<Contact> people;
    private List<Activity> timeline;

    @Override
    protected Optional<Company> lookUp(long companyId) {
        return companies.find(companyId);
    }

    public Company getCompany() {
        return find().orElseThrow();
    }

    /** Its domains, sorted, as one line. */
    public String getDomains() {
        return CompaniesBacking.domainsOf(getCompany());
    }

    public List<Contact> getContacts() {
        if (people == null) {
            people = find().map(c -> contacts.ofCompany(c.getId(), CONTACTS)).orElse(List.of());
        }
        return people;
    }

    public List<Activity> getTimeline() {
        if (timeline == null) {
            timeline = find().map(c -> activities.timeline(currentUser.id(), null, c.getId(),
                    ContactBacking.TIMELINE)).orElse(List.of());
        }
        return timeline;
    }

    public String addNote() {
        Company about = getCompany();
        activities.createNote(currentUser.id(), noteForm.about(Set.of(), Set.of(about.getId())));
        FacesTexts.info("timeline.note.added");
        FacesTexts.keepForRedirect();
        return "/app/company.xhtml?faces-redirect=true&id=" + about.getId();
    }
}

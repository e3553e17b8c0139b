package dev.tandem.web.faces;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.entity.Activity;
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
 * One contact and their timeline: mail sync logged (read-only, no control to change it) and the user's own
 * notes, newest first, with a form to add a note (also linked to the contact's company, so it shows there too).
 */
@Named
@RequestScoped
public class ContactBacking extends ItemBacking<Contact> {

    static final int TIMELINE = 100;

    @Inject
    Contacts contacts;

    @Inject
    Activities activities;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoteForm noteForm;

    private List<Activity> timeline;

    @Override
    protected Optional<Contact> lookUp(long contactId) {
        return contacts.find(contactId);
    }

    public Contact getContact() {
        return find().orElseThrow();
    }

    public Company getCompany() {
        return find().flatMap(Contact::findCompany).orElse(null);
    }

    public List<Activity> getTimeline() {
        if (timeline == null) {
            timeline = find().map(c -> activities.timeline(currentUser.id(), c.getId(), null, TIMELINE))
                    .orElse(List.of());
        }
        return timeline;
    }

    public String addNote() {
        Contact about = getContact();
        Set<Long> companies = about.findCompany().map(Company::getId).map(Set::of).orElse(Set.of());
        activities.createNote(currentUser.id(), noteForm.about(Set.of(about.getId()), companies));
        FacesTexts.info("timeline.note.added");
        FacesTexts.keepForRedirect();
        return "/app/contact.xhtml?faces-redirect=true&id=" + about.getId();
    }
}

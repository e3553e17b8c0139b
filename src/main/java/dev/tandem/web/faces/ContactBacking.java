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
public class ContactBacking {

    static final int TIMELINE = 100;

    @Inject
    Contacts contacts;

    @Inject
    Activities activities;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoteForm noteForm;

    private Long id;
    private Optional<Contact> contact;
    private List<Activity> timeline;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * Empty for an unknown or missing id: the page says so instead of failing. On a postback the id comes from the
     * request parameter the form sends (see {@link RequestParameters}).
     */
    public Optional<Contact> findContact() {
        if (contact == null) {
            contact = Optional.ofNullable(id).or(() -> RequestParameters.findLong("id")).flatMap(contacts::find);
        }
        return contact;
    }

    public boolean isFound() {
        return findContact().isPresent();
    }

    public Contact getContact() {
        return findContact().orElseThrow();
    }

    public Company getCompany() {
        return findContact().flatMap(Contact::findCompany).orElse(null);
    }

    public List<Activity> getTimeline() {
        if (timeline == null) {
            timeline = findContact().map(c -> activities.timeline(currentUser.id(), c.getId(), null, TIMELINE))
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

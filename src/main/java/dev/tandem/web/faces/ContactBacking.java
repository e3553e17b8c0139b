package dev.tandem.web.faces;

import dev.tandem.activity.control.Activities;
import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.Attachment;
import dev.tandem.activity.entity.NoteContent;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One contact and their timeline: mail sync logged (read-only, no control to change it) and the user's own
 * notes, newest first, with a form to add a note.
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

    private Long id;
    private Optional<Contact> contact;
    private List<Activity> timeline;

    @NotBlank
    @Size(max = 500)
    private String noteSubject;

    @Size(max = 20000)
    private String noteText;

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

    /** An attachment's size as people read it: whole kilobytes, at least 1. */
    public long kilobytes(Attachment attachment) {
        return Math.max(1, (attachment.getSize() + 1023) / 1024);
    }

    public String addNote() {
        Contact about = getContact();
        Set<Long> companies = about.findCompany().map(Company::getId).map(Set::of).orElse(Set.of());
        activities.createNote(currentUser.id(), new NoteContent(noteSubject.strip(),
                noteText == null ? "" : noteText.strip(), OffsetDateTime.now(Clock.systemUTC()),
                Set.of(about.getId()), companies));
        FacesTexts.info("contact.note.added");
        FacesTexts.keepForRedirect();
        return "/app/contact.xhtml?faces-redirect=true&id=" + about.getId();
    }

    public String getNoteSubject() {
        return noteSubject;
    }

    public void setNoteSubject(String noteSubject) {
        this.noteSubject = noteSubject;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}

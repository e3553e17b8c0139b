package dev.tandem.web.faces;

import dev.tandem.activity.entity.NoteContent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The "Add a note" form under a timeline (WEB-INF/crm/note-form.xhtml), the same on a contact's page and on a
 * company's: the page's backing bean decides what the note is about.
 */
@Named
@RequestScoped
public class NoteForm {

    @NotBlank
    @Size(max = 500)
    private String subject;

    @Size(max = 20000)
    private String text;

    /** The note as typed, dated now, about these contacts and companies. */
    NoteContent about(Set<Long> contactIds, Set<Long> companyIds) {
        return new NoteContent(subject.strip(), text == null ? "" : text.strip(), OffsetDateTime.now(Clock.systemUTC()),
                contactIds, companyIds);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

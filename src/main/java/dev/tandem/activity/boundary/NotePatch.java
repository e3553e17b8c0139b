package dev.tandem.activity.boundary;

import dev.tandem.activity.entity.Activity;
import dev.tandem.activity.entity.NoteContent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/** A partial change of a note (RFC 7396 merge patch): absent fields keep their value. */
public class NotePatch {

    @Size(min = 1, max = 1000)
    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    public String subject;

    @Size(max = 100_000)
    public String text;

    public OffsetDateTime occurredAt;

    @Size(max = 100)
    public List<@NotNull Long> contactIds;

    @Size(max = 100)
    public List<@NotNull Long> companyIds;

    NoteContent applyTo(Activity note) {
        return new NoteContent(subject == null ? note.getSubject() : subject.strip(),
                text == null ? note.getText() : text,
                occurredAt == null ? note.getOccurredAt() : occurredAt,
                contactIds == null ? note.getContactIds() : new LinkedHashSet<>(contactIds),
                companyIds == null ? note.getCompanyIds() : new LinkedHashSet<>(companyIds));
    }
}

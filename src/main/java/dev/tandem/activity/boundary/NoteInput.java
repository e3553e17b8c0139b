package dev.tandem.activity.boundary;

import dev.tandem.activity.entity.ActivityType;
import dev.tandem.activity.entity.NoteContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A manual note as clients send it ({@code type} may be omitted; only NOTE can be created by hand). A class, not a
 * record: Payara's OpenAPI generator fails on Bean Validation annotations of record components.
 */
public class NoteInput {

    public ActivityType type;

    @NotBlank
    @Size(max = 1000)
    public String subject;

    @Size(max = 100_000)
    public String text;

    public OffsetDateTime occurredAt;

    @Size(max = 100)
    public List<@NotNull Long> contactIds;

    @Size(max = 100)
    public List<@NotNull Long> companyIds;

    NoteContent toContent(OffsetDateTime now) {
        return new NoteContent(subject.strip(), text == null ? "" : text, occurredAt == null ? now : occurredAt,
                new LinkedHashSet<>(contactIds == null ? List.of() : contactIds),
                new LinkedHashSet<>(companyIds == null ? List.of() : companyIds));
    }
}

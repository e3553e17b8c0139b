package dev.tandem.activity.entity;

import java.time.OffsetDateTime;
import java.util.Set;

/** What a user writes in a note. */
public record NoteContent(String subject, String text, OffsetDateTime occurredAt, Set<Long> contactIds,
                          Set<Long> companyIds) {
}

package dev.tandem.activity.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A mail as the sync logs it: already matched to contacts and companies, its HTML already sanitised. */
public record EmailContent(String messageId, Direction direction, String subject, String text, String html,
                           OffsetDateTime occurredAt, String fromEmail, String fromName, List<Recipient> recipients,
                           Set<Long> contactIds, Set<Long> companyIds) {
}

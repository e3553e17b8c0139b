package dev.tandem.connection.control;

import java.util.Map;
import java.util.Optional;

/**
 * What a first sync would do, worked out before anything is saved, so the user can start it or change the mail
 * window first.
 *
 * @param firstSyncDays the mail window the preview used
 */
public record FirstSyncPreview(int firstSyncDays, Optional<MailPreview> mail, Optional<CalendarPreview> calendar) {

    /**
     * @param messages  mails in the window (INBOX and Sent)
     * @param toLog     of those, the mails that would become activities
     * @param byContact mails per contact id; a mail with two contacts counts for each
     * @param byCompany mails per company id
     */
    public record MailPreview(int messages, int toLog, Map<Long, Integer> byContact, Map<Long, Integer> byCompany) {

        public MailPreview {
            byContact = Map.copyOf(byContact);
            byCompany = Map.copyOf(byCompany);
        }
    }

    /** Items a first calendar sync would create on each side. */
    public record CalendarPreview(SideCounts events, SideCounts tasks) {
    }

    /** @param toCrm new in the CRM calendar (from the provider); @param toProvider new at the provider (from the CRM) */
    public record SideCounts(int toCrm, int toProvider) {
    }
}

package dev.tandem.connection.control;

import java.util.Optional;

/**
 * What one session has to do for a connection, with the accounts decrypted: read once at the start of a session and
 * never stored anywhere else.
 */
public record SessionTargets(long connectionId, long userId, Optional<ImapAccount> mail,
                             Optional<CalendarAccount> calendar, Optional<Integer> mailFirstSyncDays) {

    @Override
    public String toString() {
        return "SessionTargets[connection=" + connectionId + ", mail=" + mail.isPresent() + ", calendar="
                + calendar.isPresent() + "]";
    }
}

package dev.tandem.connection.control;

/**
 * What the connection feature needs from calendar sync: check an account before it is saved, and run one sync
 * session for a user, over CalDAV or Microsoft Graph as the account says. The calendar feature implements it; the
 * scheduler calls it, never two sessions of one user at once.
 */
public interface CalendarSyncPort {

    /**
     * Logs in and discovers the calendars (RFC 4791, RFC 5397); returns a short description of what was found
     * ("Calendar 'Work' and tasks 'Tasks' at …").
     *
     * @throws SyncFailure AUTH for rejected credentials, TEMPORARY when the server cannot be reached or is no CalDAV server
     */
    String verify(CalendarAccount account);

    /**
     * Runs one two-way session: pulls provider changes into the CRM calendar and pushes CRM changes, leaving a
     * ledger entry per item.
     *
     * @throws SyncFailure when the session as a whole could not run
     */
    void sync(long userId, CalendarAccount account);

    /**
     * Reads both sides and plans a session without running it: how many events and tasks it would create in the
     * CRM and at the provider. Writes nothing.
     *
     * @throws SyncFailure when the calendar cannot be read
     */
    FirstSyncPreview.CalendarPreview preview(long userId, CalendarAccount account);
}

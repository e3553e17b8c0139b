package dev.tandem.connection.control;

/**
 * A user's calendar service as one session reaches it: a CalDAV server (RFC 4791) or Microsoft Graph, which
 * Exchange and Outlook.com offer instead of CalDAV. The calendar feature syncs either through the same core.
 */
public sealed interface CalendarAccount permits CalDavAccount, GraphAccount {

    /** Who signs in: the account name the ledger and the identity rules use. */
    String username();
}

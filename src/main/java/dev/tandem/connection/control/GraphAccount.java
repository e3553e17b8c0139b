package dev.tandem.connection.control;

/**
 * A user's calendar in Microsoft Graph (Exchange Online, Outlook.com), reached with an OAuth 2.0 access token.
 * The token never appears in {@link #toString()}.
 *
 * @param baseUrl     the Graph service root, {@code https://graph.microsoft.com/v1.0/} unless configured otherwise
 * @param username    the signed-in account's address
 * @param accessToken sent as {@code Authorization: Bearer} (RFC 6750 §2.1)
 */
public record GraphAccount(String baseUrl, String username, String accessToken) implements CalendarAccount {

    @Override
    public String toString() {
        return "GraphAccount[" + baseUrl + ", " + username + "]";
    }
}

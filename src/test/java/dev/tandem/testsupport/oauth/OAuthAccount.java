package dev.tandem.testsupport.oauth;

/**
 * One user's account at a stand-in provider: its OAuth issuer (a path of the OAuth server, e.g. {@code gmail-ana}),
 * the address the ID token names, and the Radicale login its calendar requests are passed on with.
 *
 * @param tokenPerApi true for a Microsoft account: a token serves only the API its request's scope names, and a
 *                    request without a scope gets a token no API takes; false for Google, whose one token serves
 *                    all the user consented to
 */
public record OAuthAccount(String issuerId, String email, String calendarUser, String calendarPassword,
                           boolean tokenPerApi) {

    public OAuthAccount(String issuerId, String email, String calendarUser, String calendarPassword) {
        this(issuerId, email, calendarUser, calendarPassword, false);
    }

    /** A Microsoft account (Exchange Online, Outlook.com): one token per API. */
    public static OAuthAccount microsoft(String issuerId, String email, String calendarUser, String password) {
        return new OAuthAccount(issuerId, email, calendarUser, password, true);
    }
}

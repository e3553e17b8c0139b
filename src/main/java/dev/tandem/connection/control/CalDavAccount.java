package dev.tandem.connection.control;

/**
 * Where and as whom a user's calendar is reached over CalDAV. The secret never appears in {@link #toString()}.
 *
 * @param password       the password, or with {@link Authentication#OAUTH2_TOKEN} the access token sent as
 *                       {@code Authorization: Bearer} (RFC 6750 §2.1; Google's CalDAV takes only this)
 * @param authentication how requests prove the user's identity
 */
public record CalDavAccount(String url, String username, String password, Authentication authentication)
        implements CalendarAccount {

    public CalDavAccount(String url, String username, String password) {
        this(url, username, password, Authentication.PASSWORD);
    }

    public boolean signsInWithToken() {
        return authentication == Authentication.OAUTH2_TOKEN;
    }

    @Override
    public String toString() {
        return "CalDavAccount[url=" + url + ", username=" + username + ", " + authentication + "]";
    }
}

package dev.tandem.calendar.control.dav;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A CalDAV account's login: user name and password for HTTP Basic authentication (RFC 7617), or an OAuth 2.0
 * access token sent as a bearer token (RFC 6750 §2.1), which is how Google's CalDAV is reached.
 * {@link #toString()} hides the secret.
 */
public record CalDavCredentials(String username, String password, boolean bearerToken) {

    public CalDavCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    public CalDavCredentials(String username, String password) {
        this(username, password, false);
    }

    public static CalDavCredentials bearer(String username, String accessToken) {
        return new CalDavCredentials(username, accessToken, true);
    }

    /** The {@code Authorization} header value; RFC 7617 §2.1 recommends UTF-8 for user-id and password. */
    String authorization() {
        if (bearerToken) {
            return "Bearer " + password;
        }
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CalDavCredentials[username=" + username + ", " + (bearerToken ? "token" : "password") + "=***]";
    }
}

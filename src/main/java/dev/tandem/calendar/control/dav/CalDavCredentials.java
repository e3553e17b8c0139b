package dev.tandem.calendar.control.dav;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** A CalDAV account's login for HTTP Basic authentication (RFC 7617). {@link #toString()} hides the password. */
public record CalDavCredentials(String username, String password) {

    public CalDavCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The {@code Authorization} header value; RFC 7617 §2.1 recommends UTF-8 for user-id and password. */
    String basicAuthorization() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CalDavCredentials[username=" + username + ", password=***]";
    }
}

package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.Authentication;
import dev.tandem.connection.control.MailSecurity;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom Tandem logs in to a mail server. Used by the connection test and by the mail sync, which
 * turns it into Jakarta Mail properties with {@link ImapSessionProperties}.
 *
 * @param password       the password, or with {@link Authentication#OAUTH2_TOKEN} the access token
 * @param timeout        how long any one network wait (connect, read, write) may take; the connection test also
 *                       uses it as its overall budget
 * @param authentication PASSWORD logs in with LOGIN/PLAIN; OAUTH2_TOKEN with the SASL mechanism XOAUTH2
 */
public record MailServerSettings(String host, int port, MailSecurity security, String username, String password,
                                 Duration timeout, Authentication authentication) {

    public MailServerSettings(String host, int port, MailSecurity security, String username, String password,
                              Duration timeout) {
        this(host, port, security, username, password, timeout, Authentication.PASSWORD);
    }

    public MailServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(authentication, "authentication");
        host = host.strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public MailServerSettings withTimeout(Duration otherTimeout) {
        return new MailServerSettings(host, port, security, username, password, otherTimeout, authentication);
    }

    /** The timeout in whole milliseconds, at least one (zero means "forever" to sockets). */
    public int timeoutMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** Never shows the password: these settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "MailServerSettings[host=" + host + ", port=" + port + ", security=" + security
                + ", username=" + username + ", password=****, timeout=" + timeout + ", " + authentication + "]";
    }
}

package dev.tandem.mail.control;

import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.ImapAccount.MailSecurity;
import dev.tandem.connection.control.SyncFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Opens IMAP connections for sync sessions: implicit TLS (RFC 8314) or STARTTLS required (never silently plain),
 * the server certificate checked against the host name, and every socket operation bounded in time so that a
 * silent server cannot hang a session.
 */
public final class ImapSessions {

    static final int CONNECT_TIMEOUT_MS = 20_000;
    static final int READ_TIMEOUT_MS = 60_000;

    private ImapSessions() {
    }

    public static IMAPStore connect(ImapAccount account) {
        String protocol = account.security() == MailSecurity.SSL ? "imaps" : "imap";
        try {
            IMAPStore store = (IMAPStore) Session.getInstance(properties(account, protocol)).getStore(protocol);
            store.connect(account.host(), account.port(), account.username(), account.password());
            return store;
        } catch (AuthenticationFailedException e) {
            throw new SyncFailure(SyncFailure.Category.AUTH,
                    "The mail server rejected the user name or password. Sign in again.");
        } catch (MessagingException e) {
            throw ImapFailures.of(e, "connect to " + account.host() + ":" + account.port());
        }
    }

    static Properties properties(ImapAccount account, String protocol) {
        var props = new Properties();
        String prefix = "mail." + protocol + ".";
        props.put(prefix + "connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        props.put(prefix + "timeout", String.valueOf(READ_TIMEOUT_MS));
        props.put(prefix + "writetimeout", String.valueOf(READ_TIMEOUT_MS));
        props.put(prefix + "ssl.checkserveridentity", "true");
        props.put(prefix + "peek", "true");
        props.put(prefix + "partialfetch", "false");
        if (account.security() == MailSecurity.STARTTLS) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        return props;
    }
}

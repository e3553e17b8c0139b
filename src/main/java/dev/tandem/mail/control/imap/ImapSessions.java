package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.ImapAccount;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Opens IMAP connections for sync sessions the same way the connectivity test does ({@link ImapSessionProperties}):
 * TLS as chosen and never silently dropped, the certificate checked against the host name, every network wait
 * bounded so that a silent server cannot hang a session.
 */
public final class ImapSessions {

    static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(60);

    private ImapSessions() {
    }

    public static IMAPStore connect(ImapAccount account) {
        MailServerSettings settings = settingsOf(account);
        try {
            var properties = ImapSessionProperties.of(settings);
            properties.setProperty("mail.imap.peek", "true");
            IMAPStore store = (IMAPStore) Session.getInstance(properties).getStore(ImapSessionProperties.PROTOCOL);
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            return store;
        } catch (MessagingException e) {
            throw ImapFailures.of(e, "connect to " + account.host() + ":" + account.port());
        }
    }

    static MailServerSettings settingsOf(ImapAccount account) {
        return new MailServerSettings(account.host(), account.port(), account.security(),
                account.username(), account.password(), NETWORK_TIMEOUT, account.authentication());
    }
}

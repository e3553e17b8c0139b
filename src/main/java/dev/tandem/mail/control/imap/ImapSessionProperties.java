package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.MailSecurity;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Jakarta Mail (Angus) properties for an IMAP store, so the connection test and the sync connect the same way.
 * Always the {@code imap} protocol: SSL is switched on with {@code mail.imap.ssl.enable} rather than by using the
 * {@code imaps} protocol, so every key has one prefix.
 */
public final class ImapSessionProperties {

    /** The store protocol to ask the session for: {@code session.getStore(ImapSessionProperties.PROTOCOL)}. */
    public static final String PROTOCOL = "imap";

    private ImapSessionProperties() {
    }

    /** Properties that trust what the JVM's default trust store trusts. */
    public static Properties of(MailServerSettings settings) {
        return of(settings, null);
    }

    /**
     * @param socketFactory decides which certificates to trust, or {@code null} for the JVM default; used both for
     *                      SSL and for the STARTTLS upgrade
     */
    public static Properties of(MailServerSettings settings, SSLSocketFactory socketFactory) {
        Properties props = new Properties();
        String timeout = Integer.toString(settings.timeoutMillis());
        props.setProperty("mail.imap.connectiontimeout", timeout);
        props.setProperty("mail.imap.timeout", timeout);
        props.setProperty("mail.imap.writetimeout", timeout);
        if (settings.security() == MailSecurity.SSL) {
            props.setProperty("mail.imap.ssl.enable", "true");
        }
        if (settings.security() == MailSecurity.STARTTLS) {
            props.setProperty("mail.imap.starttls.enable", "true");
            props.setProperty("mail.imap.starttls.required", "true");
        }
        if (settings.security() != MailSecurity.NONE) {
            props.setProperty("mail.imap.ssl.checkserveridentity", "true");
            if (socketFactory != null) {
                props.put("mail.imap.ssl.socketFactory", socketFactory);
            }
        }
        return props;
    }
}

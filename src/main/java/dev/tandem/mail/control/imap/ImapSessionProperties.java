package dev.tandem.mail.control.imap;

import dev.tandem.connection.control.Authentication;
import dev.tandem.connection.control.MailSecurity;
import dev.tandem.platform.OutboundAddressPolicy;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Jakarta Mail (Angus) properties for an IMAP store, so the connection test and the sync connect the same way.
 * Always the {@code imap} protocol: SSL is switched on with {@code mail.imap.ssl.enable} rather than by using the
 * {@code imaps} protocol, so every key has one prefix. Every socket comes from {@link PolicySocketFactories}, so
 * the server's address is checked against the {@link OutboundAddressPolicy} as it is connected to; the factory
 * fallback is off, since Angus would otherwise retry a refused connect with a plain socket.
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
        return of(settings, socketFactory, OutboundAddressPolicy.configured());
    }

    public static Properties of(MailServerSettings settings, SSLSocketFactory socketFactory,
                                OutboundAddressPolicy policy) {
        Properties props = new Properties();
        SSLSocketFactory tls = socketFactory != null ? socketFactory : (SSLSocketFactory) SSLSocketFactory.getDefault();
        props.put("mail.imap.socketFactory", PolicySocketFactories.plain(policy));
        props.setProperty("mail.imap.socketFactory.fallback", "false");
        props.put("mail.imap.ssl.socketFactory", PolicySocketFactories.tls(policy, tls));
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
        if (settings.authentication() == Authentication.OAUTH2_TOKEN) {
            // Google's and Microsoft's IMAP take OAuth 2.0 tokens in the SASL mechanism XOAUTH2; Angus offers it
            // only when it is listed here, and then sends the "password" as the bearer token.
            props.setProperty("mail.imap.auth.mechanisms", "XOAUTH2");
        }
        if (settings.security() != MailSecurity.NONE) {
            props.setProperty("mail.imap.ssl.checkserveridentity", "true");
        }
        return props;
    }
}

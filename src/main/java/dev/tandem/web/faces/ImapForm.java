package dev.tandem.web.faces;

import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.ProviderPresets.MailServer;

/**
 * The IMAP part of the sign-in form. The password lives here only between the submit and the action that uses
 * it: {@link #toAccount()} hands it over and forgets it, so it is never rendered back nor kept in the view state.
 */
public class ImapForm extends LoginForm {

    private static final long serialVersionUID = 1L;

    private String host;
    private Integer port;
    private MailSecurity security = MailSecurity.SSL;

    /** Fills the server data from a provider's preset (the user may still change it). */
    void fillFrom(MailServer preset) {
        host = preset.host();
        port = preset.port();
        security = preset.security() == null ? MailSecurity.SSL : MailSecurity.valueOf(preset.security());
    }

    /** The account to check or connect; an empty port means the usual one for the security (RFC 8314: 993). */
    ImapAccount toAccount() {
        int effectivePort = port != null ? port : security.usualImapPort();
        return new ImapAccount(host.strip(), effectivePort, security, getUsername().strip(), takePassword());
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public MailSecurity getSecurity() {
        return security;
    }

    public void setSecurity(MailSecurity security) {
        this.security = security;
    }
}

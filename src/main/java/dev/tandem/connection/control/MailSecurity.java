package dev.tandem.connection.control;

/** How a mail connection is protected, as a user picks it in the connection form. */
public enum MailSecurity {

    /** TLS from the first byte ("implicit TLS", RFC 8314), IMAP usually on port 993. */
    SSL(993),

    /** Plain text first, then the STARTTLS command upgrades to TLS before login (RFC 9051 §6.2.1), usually 143. */
    STARTTLS(143),

    /** No encryption at all: only for servers on a trusted network. */
    NONE(143);

    private final int usualImapPort;

    MailSecurity(int usualImapPort) {
        this.usualImapPort = usualImapPort;
    }

    /** The port to use when the user gave none. */
    public int usualImapPort() {
        return usualImapPort;
    }
}

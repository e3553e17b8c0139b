package dev.tandem.connection.control;

/**
 * Where and as whom a user's mailbox is reached. The secret never appears in {@link #toString()}.
 *
 * @param security       SSL (implicit TLS, RFC 8314), STARTTLS (RFC 3501 §6.2.1) or NONE
 * @param password       the password, or with {@link Authentication#OAUTH2_TOKEN} the access token that the
 *                       {@code XOAUTH2} SASL mechanism sends
 * @param authentication how the login proves the user's identity
 */
public record ImapAccount(String host, int port, MailSecurity security, String username, String password,
                          Authentication authentication) {

    public ImapAccount(String host, int port, MailSecurity security, String username, String password) {
        this(host, port, security, username, password, Authentication.PASSWORD);
    }

    public boolean signsInWithToken() {
        return authentication == Authentication.OAUTH2_TOKEN;
    }

    @Override
    public String toString() {
        return "ImapAccount[" + username + "@" + host + ":" + port + " " + security + " " + authentication + "]";
    }
}

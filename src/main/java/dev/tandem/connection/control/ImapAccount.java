package dev.tandem.connection.control;

/**
 * Where and as whom a user's mailbox is reached. The password never appears in {@link #toString()}.
 *
 * @param security SSL (implicit TLS, RFC 8314), STARTTLS (RFC 3501 §6.2.1) or NONE
 */
public record ImapAccount(String host, int port, MailSecurity security, String username, String password) {

    @Override
    public String toString() {
        return "ImapAccount[" + username + "@" + host + ":" + port + " " + security + "]";
    }
}

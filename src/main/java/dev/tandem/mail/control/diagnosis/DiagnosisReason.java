package dev.tandem.mail.control.diagnosis;

/**
 * Why a step of the connection test failed, or what a passing step warns about, as a code the user interface can
 * translate; the step's English detail says the same with the particulars.
 */
public enum DiagnosisReason {
    OK,
    UNKNOWN_HOST,
    DNS_TIMEOUT,
    /** The host resolves only to internal addresses (loopback, private, link-local, ...) the policy refuses. */
    ADDRESS_NOT_ALLOWED,
    CONNECTION_REFUSED,
    CONNECT_TIMEOUT,
    NETWORK_UNREACHABLE,
    NETWORK_ERROR,
    /** Warning: security NONE, so the password travels unencrypted. */
    TLS_NOT_USED,
    /** SSL was chosen but the server spoke plain text: STARTTLS or NONE, or the SSL port, is needed. */
    PLAIN_TEXT_ON_TLS_PORT,
    CERTIFICATE_UNTRUSTED,
    CERTIFICATE_NAME_MISMATCH,
    STARTTLS_NOT_OFFERED,
    STARTTLS_REFUSED,
    TLS_FAILED,
    /** A POP3 server, recognised by its {@code +OK} greeting or by port 110/995: Tandem needs IMAP. */
    POP3_SERVER,
    NOT_IMAP_SERVER,
    SERVER_SAID_BYE,
    NO_GREETING,
    CONNECTION_CLOSED,
    NOT_IMAP4,
    SERVER_TIMEOUT,
    PROTOCOL_ERROR,
    AUTHENTICATION_FAILED,
    /** The server refuses LOGIN on an unencrypted connection (LOGINDISABLED). */
    TLS_REQUIRED_FOR_LOGIN,
    LOGIN_FAILED,
    NO_INBOX,
    /** Warning: no folder is marked {@code \Sent} nor has a usual Sent name. */
    SENT_FOLDER_NOT_FOUND,
    /** The overall time budget of the test ran out between two steps. */
    OUT_OF_TIME
}

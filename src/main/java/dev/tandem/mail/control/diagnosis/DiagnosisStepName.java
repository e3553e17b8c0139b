package dev.tandem.mail.control.diagnosis;

/** The checks of an IMAP connection test, in the order a connection goes through them. */
public enum DiagnosisStepName {
    /** The host name resolves to an address. */
    DNS,
    /** A TCP connection opens. */
    TCP,
    /** TLS is negotiated and the certificate trusted (for STARTTLS this comes after the greeting). */
    TLS,
    /** The server greets as an IMAP server. */
    GREETING,
    /** The server speaks IMAP4rev1 or IMAP4rev2. */
    CAPABILITY,
    /** The user name and password are accepted. */
    LOGIN,
    /** The folder list holds an INBOX; the Sent folder is found. */
    FOLDERS
}

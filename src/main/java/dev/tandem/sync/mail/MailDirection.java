package dev.tandem.sync.mail;

/** Seen from the CRM user: mail they sent, or mail they received. */
public enum MailDirection {
    SENT,
    RECEIVED
}

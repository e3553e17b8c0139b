package dev.tandem.calendar.control.item;

/** Why the CRM shows an event or task without letting the user change it. */
public enum ReadOnlyReason {
    /** Someone else organises it: only the organiser may change it for everyone (RFC 5546 §2.1.1). */
    EXTERNAL_INVITATION,
    /** A recurring series from the provider: the CRM edits no series (one instance or all would be ambiguous). */
    RECURRING
}

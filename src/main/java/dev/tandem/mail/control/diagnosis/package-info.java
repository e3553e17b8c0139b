/**
 * The mail connection test: a run of steps (network, greeting, TLS, capabilities, login, mailboxes), each with an
 * outcome and a reason a user can act on, and the rate limit on how often a user may run it.
 * May depend on {@link dev.tandem.mail.control.imap} for session settings and folder lists, nothing else here.
 */
package dev.tandem.mail.control.diagnosis;

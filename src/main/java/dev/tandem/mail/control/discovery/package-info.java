/**
 * Proposes the IMAP server for an email address, so that users of ordinary providers need no advanced settings:
 * the provider presets by domain, then the domain's autoconfig file, then its DNS SRV records (RFC 6186). Every
 * lookup is derived from the user's own domain and bounded in time; the user can always override the proposal.
 */
package dev.tandem.mail.control.discovery;

package dev.tandem.mail.control.discovery;

import dev.tandem.connection.control.MailSecurity;

/**
 * An IMAP server proposed for an address, and where the proposal came from.
 *
 * @param source   PRESET (a provider Tandem knows), AUTOCONFIG (the domain's config-v1.1.xml) or SRV (RFC 6186)
 * @param provider the preset's id for PRESET, else {@code IMAP}
 */
public record ImapProposal(String host, int port, MailSecurity security, String source, String provider) {
}

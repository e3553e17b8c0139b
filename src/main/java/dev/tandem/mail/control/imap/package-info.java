/**
 * IMAP access: opening sessions with a connection's server settings, listing folders and finding the Sent
 * folder, reading a folder's UIDs, and keeping an IDLE watch on INBOX (RFC 2177) so new mail starts a session.
 * Depends on no other part of {@code mail.control}; the other parts use it to reach the server.
 */
package dev.tandem.mail.control.imap;

/**
 * One mail sync session: reads each folder's new UIDs, matches headers against CRM contacts, fetches bodies only
 * for matched mail and logs it as activities with their attachments, writing the ledger as it goes.
 * The top of the mail parts: may depend on {@link dev.tandem.mail.control.imap} and
 * {@link dev.tandem.mail.control.mime}; nothing in {@code mail.control} depends on it.
 */
package dev.tandem.mail.control.sync;

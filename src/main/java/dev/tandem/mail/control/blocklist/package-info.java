/**
 * The blocklist and the other mail rules a user or admin sets: entries for one user or the whole CRM, the dry run
 * that says what an entry would remove, the purge on confirmation, and the rules a sync session applies.
 * A bottom part of mail: it depends on no other part of {@code mail.control}.
 */
package dev.tandem.mail.control.blocklist;

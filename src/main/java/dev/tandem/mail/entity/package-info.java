/**
 * What mail sync keeps besides activities and the ledger: the blocklist, each user's mail preferences, and the
 * mail left out for want of a contact, waiting to be matched again.
 */
package dev.tandem.mail.entity;

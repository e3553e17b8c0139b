/**
 * One-way mail logging after mbsync: {@link dev.tandem.sync.mail.FolderPlanner} says what to fetch from a folder,
 * {@link dev.tandem.sync.mail.MessageIdDeduplicator} drops what is already logged and
 * {@link dev.tandem.sync.mail.MailMatcher} decides whether a header concerns the CRM.
 */
package dev.tandem.sync.mail;

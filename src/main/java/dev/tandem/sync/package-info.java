/**
 * Tandem's synchronisation algorithm: states in, actions out. It knows no protocol, database or web type
 * ({@code SyncCoreIsolationTest} checks); IMAP, CalDAV and the CRM database plug in through
 * {@link dev.tandem.sync.spi} and the small interfaces of {@link dev.tandem.sync.mail}.
 */
package dev.tandem.sync;

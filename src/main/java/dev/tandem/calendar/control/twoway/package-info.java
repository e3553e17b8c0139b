/**
 * A two-way calendar session: connects the CRM and CalDAV item stores to the sync core for events and tasks,
 * keeps the per-item sync status and writes the ledger. The top of the calendar parts: may depend on all of them;
 * none depends on it.
 */
package dev.tandem.calendar.control.twoway;

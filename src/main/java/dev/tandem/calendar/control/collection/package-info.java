/**
 * The CalDAV collection as the server side of a two-way sync: its item store over the client and the remembered
 * collection state (sync token, members and their ETags) kept in the database between sessions.
 * May depend on {@link dev.tandem.calendar.control.caldav}, {@link dev.tandem.calendar.control.dav} and
 * {@link dev.tandem.calendar.control.item}.
 */
package dev.tandem.calendar.control.collection;

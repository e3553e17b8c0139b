/**
 * iCalendar mapping (RFC 5545): parsing calendar objects into items, applying edits back onto the original object
 * so unknown properties survive, time zones, attendee changes and when SEQUENCE moves (RFC 5546) and content hashes.
 * May depend on {@link dev.tandem.calendar.control.item} and, for its failure type,
 * {@link dev.tandem.calendar.control.dav}.
 */
package dev.tandem.calendar.control.ical;

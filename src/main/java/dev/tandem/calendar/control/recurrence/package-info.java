/**
 * Recurrence expansion (RFC 5545 §3.8.5): the occurrences of a series within a window, with its exceptions.
 * May depend on {@link dev.tandem.calendar.control.ical} and {@link dev.tandem.calendar.control.item}.
 */
package dev.tandem.calendar.control.recurrence;

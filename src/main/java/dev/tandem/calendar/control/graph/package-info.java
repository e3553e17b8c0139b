/**
 * The Microsoft Graph calendar (Exchange Online, Outlook.com), which offers no CalDAV: a thin client on
 * {@code java.net.http} with a bearer token, the events of the user's default calendar as an item store for the
 * two-way sync (Graph event JSON to and from iCalendar, delta links as the cursor) and the state kept between runs.
 * May depend on {@link dev.tandem.calendar.control.ical}, {@link dev.tandem.calendar.control.item} and
 * {@link dev.tandem.calendar.control.recurrence}.
 */
package dev.tandem.calendar.control.graph;

/**
 * The CalDAV client (RFC 4791): discovering the calendar home and collections, listing and sync-collection
 * reports, reading and conditionally writing calendar objects, and turning failures into connection errors.
 * May depend on {@link dev.tandem.calendar.control.dav} only.
 */
package dev.tandem.calendar.control.caldav;

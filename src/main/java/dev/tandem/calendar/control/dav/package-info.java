/**
 * WebDAV plumbing (RFC 4918, 6578): requests and their XML bodies, multistatus responses, the HTTP client with
 * credentials, and the status-to-exception mapping of the CalDAV failure hierarchy.
 * The bottom of the calendar parts: depends on no other part of {@code calendar.control}.
 */
package dev.tandem.calendar.control.dav;

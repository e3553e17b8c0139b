/**
 * MIME reading: headers (addresses, subjects, Message-ID or a synthetic one), the text and sanitized HTML of a
 * body, and attachments streamed part by part with their names and size limits (RFC 2045-2047, 2183, 2231).
 * Works on Jakarta Mail messages only and depends on no other part of {@code mail.control}.
 */
package dev.tandem.mail.control.mime;

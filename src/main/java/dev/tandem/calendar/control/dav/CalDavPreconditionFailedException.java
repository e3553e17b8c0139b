package dev.tandem.calendar.control.dav;

/**
 * 412 Precondition Failed on a conditional write (RFC 9110 §13.1.1–2): the resource already existed for an
 * {@code If-None-Match: *} create, or its ETag moved on since it was read for an {@code If-Match} update or delete.
 * A normal event in two-way sync — the provider changed meanwhile — and the caller re-reads before deciding.
 */
public class CalDavPreconditionFailedException extends CalDavException {

    public CalDavPreconditionFailedException(String message) {
        super(message, 412);
    }
}

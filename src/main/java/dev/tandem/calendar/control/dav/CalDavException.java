package dev.tandem.calendar.control.dav;

/**
 * Base of every failure the CalDAV client reports, so that the calendar adapter can turn them into the few sync
 * error codes in one place. Messages name the method, URL and status, never credentials.
 */
public class CalDavException extends RuntimeException {

    /** Used as {@link #status()} when no HTTP response arrived (connection refused, timeout, interruption). */
    public static final int NO_RESPONSE = -1;

    private final int status;

    public CalDavException(String message, int status) {
        super(message);
        this.status = status;
    }

    public CalDavException(String message, Throwable cause) {
        super(message, cause);
        this.status = NO_RESPONSE;
    }

    /** The HTTP status of the failed request, or {@link #NO_RESPONSE}. */
    public int status() {
        return status;
    }

    /** True when retrying later may succeed: no response, 429 Too Many Requests, or a 5xx server error. */
    public boolean isTemporary() {
        return status == NO_RESPONSE || status == 429 || status >= 500;
    }
}

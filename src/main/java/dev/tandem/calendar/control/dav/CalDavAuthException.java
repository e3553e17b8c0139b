package dev.tandem.calendar.control.dav;

/** The server refused the credentials (401) or the account's rights (403): the user has to act, not a retry. */
public class CalDavAuthException extends CalDavException {

    public CalDavAuthException(String message, int status) {
        super(message, status);
    }
}

package dev.tandem.calendar.control.dav;

/**
 * The server no longer accepts the sync token (RFC 6578 §3.2 {@code DAV:valid-sync-token} precondition, sent
 * with 403 or 409): the caller must drop the token and do a full listing of the collection.
 */
public class CalDavSyncTokenInvalidException extends CalDavException {

    public CalDavSyncTokenInvalidException(String message, int status) {
        super(message, status);
    }
}

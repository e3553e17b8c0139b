package dev.tandem.calendar.control.dav;

import java.net.http.HttpResponse;

/** Maps a non-2xx response to the exception the caller can act on. */
final class CalDavStatus {

    private CalDavStatus() {
    }

    static void check(DavRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = request.describe() + " answered " + status;
        if ((status == 403 || status == 409) && mentionsInvalidSyncToken(response.body())) {
            throw new CalDavSyncTokenInvalidException(message + " (valid-sync-token)", status);
        }
        if (status == 401 || status == 403) {
            throw new CalDavAuthException(message, status);
        }
        if (status == 404) {
            throw new CalDavNotFoundException(message);
        }
        if (status == 412) {
            throw new CalDavPreconditionFailedException(message);
        }
        throw new CalDavException(message, status);
    }

    /** RFC 6578 §3.2: the server reports an unusable token as the DAV:valid-sync-token precondition. */
    private static boolean mentionsInvalidSyncToken(String body) {
        return body != null && body.contains("valid-sync-token");
    }
}

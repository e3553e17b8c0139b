package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.CalDavAddressNotAllowedException;
import dev.tandem.calendar.control.dav.CalDavAuthException;
import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.connection.control.SyncFailure.Category;
import dev.tandem.connection.control.SyncFailure;
import dev.tandem.platform.UserMessage;

/**
 * The one place where CalDAV errors become sync failure categories: 401/403 → AUTH (ask the user to sign in again),
 * everything else the server or network did → TEMPORARY (retry with back-off). Messages name URLs and statuses,
 * never credentials. The screens say them with {@code sync.refused.calendar*} texts when a connect-time check fails.
 */
public final class CalDavFailures {

    private CalDavFailures() {
    }

    public static SyncFailure of(CalDavException e) {
        if (e instanceof CalDavAuthException) {
            return new SyncFailure(Category.AUTH, "The calendar server rejected the user name or password ("
                    + e.status() + ").", e, UserMessage.of("sync.refused.calendarLogin"));
        }
        if (e instanceof CalDavAddressNotAllowedException refused) {
            return new SyncFailure(Category.REFUSED, "The calendar URL leads to a refused address: "
                    + e.getMessage(), e, UserMessage.of("sync.refused.calendarAddressNotAllowed", refused.host()));
        }
        if (e.isTemporary()) {
            return new SyncFailure(Category.TEMPORARY, "The calendar server could not be reached or is busy: "
                    + e.getMessage(), e, UserMessage.of("sync.refused.calendarUnreachable"));
        }
        return new SyncFailure(Category.TEMPORARY, "The calendar server did not answer as a CalDAV server "
                + "(RFC 4791) should: " + e.getMessage(), e, UserMessage.of("sync.refused.calendarNotCalDav"));
    }

    public static SyncFailure badUrl(String url) {
        return new SyncFailure(Category.TEMPORARY, "'" + url + "' is not an http or https URL of a CalDAV server.",
                null, UserMessage.of("sync.refused.calendarUrl", url));
    }

    /**
     * The mass-deletion guard's refusal: its reason is an English sentence of the sync core, which the screens
     * show after a translated lead-in.
     */
    public static SyncFailure refused(String reason) {
        return new SyncFailure(Category.REFUSED, reason, null, UserMessage.of("sync.lastError.calendarGuard", reason));
    }
}

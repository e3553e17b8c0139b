package dev.tandem.calendar.control.graph;

import dev.tandem.connection.control.SyncFailure;
import dev.tandem.connection.control.SyncFailure.Category;
import dev.tandem.platform.UserMessage;

/**
 * The one place where Graph errors become sync failure categories: 401 → AUTH (the connection needs the user to
 * sign in again: the token expired for good or consent was revoked), a refused address → REFUSED, everything else
 * (throttling past its bound, 5xx, no answer, an answer Graph should not give) → TEMPORARY, retried with the
 * scheduler's back-off. Messages name URLs, statuses and Graph's error codes, never the token.
 */
public final class GraphFailures {

    private GraphFailures() {
    }

    public static SyncFailure of(GraphException e) {
        if (e.isUnauthorized()) {
            return new SyncFailure(Category.AUTH, "Microsoft Graph refused the access token (" + e.getMessage() + ").",
                    e, UserMessage.of("sync.refused.graphLogin"));
        }
        if (e.findRefusedHost().isPresent()) {
            return new SyncFailure(Category.REFUSED, "The Microsoft Graph address leads to a refused address: "
                    + e.getMessage(), e, UserMessage.of("sync.refused.calendarAddressNotAllowed",
                    e.findRefusedHost().get()));
        }
        if (e.isTemporary()) {
            return new SyncFailure(Category.TEMPORARY, "Microsoft Graph could not be reached or is throttling: "
                    + e.getMessage(), e, UserMessage.of("sync.refused.graphUnreachable"));
        }
        return new SyncFailure(Category.TEMPORARY, "Microsoft Graph did not answer as its calendar API should: "
                + e.getMessage(), e, UserMessage.of("sync.refused.graphAnswer"));
    }
}

package dev.tandem.activity.control;

import dev.tandem.platform.TandemException;

/** Everything that can go wrong with activities. */
public class ActivityException extends TandemException {

    protected ActivityException(Kind kind, String message) {
        super(kind, message);
    }

    /** Another user's activity answers exactly like a missing one, so its existence is not revealed. */
    public static ActivityException notFound(long id) {
        return new ActivityException(Kind.NOT_FOUND, "There is no activity " + id + ".");
    }

    public static ActivityException attachmentNotFound(long activityId, long attachmentId) {
        return new ActivityException(Kind.NOT_FOUND,
                "Activity " + activityId + " has no attachment " + attachmentId + ".");
    }

    public static ActivityException readOnly(long id) {
        return new ActivityException(Kind.FORBIDDEN, "Activity " + id + " was logged by mail sync: synced "
                + "activities are read-only and cannot be edited or deleted.");
    }

    public static ActivityException invalid(String detail) {
        return new ActivityException(Kind.INVALID, detail);
    }
}

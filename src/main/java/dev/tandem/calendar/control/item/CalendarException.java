package dev.tandem.calendar.control.item;

import dev.tandem.platform.TandemException;

/** Everything that can go wrong with the CRM calendar's events and tasks. */
public class CalendarException extends TandemException {

    protected CalendarException(Kind kind, String message) {
        super(kind, message);
    }

    /** Another user's entry answers exactly like a missing one, so its existence is not revealed. */
    public static CalendarException notFound(String what, long id) {
        return new CalendarException(Kind.NOT_FOUND, "There is no " + what + " " + id + ".");
    }

    public static CalendarException readOnly(String what, long id, ReadOnlyReason reason) {
        String why = reason == ReadOnlyReason.EXTERNAL_INVITATION
                ? "it is an invitation from someone else, and only its organizer can change it"
                : "it is a recurring series from your calendar provider; change it there";
        return new CalendarException(Kind.FORBIDDEN, "The " + what + " " + id + " is read-only: " + why + ".");
    }

    public static CalendarException invalid(String detail) {
        return new CalendarException(Kind.INVALID, detail);
    }

    public static CalendarException changedMeanwhile(String what, long id) {
        return new CalendarException(Kind.CONFLICT, "The " + what + " " + id
                + " was changed by calendar sync meanwhile; load it again and repeat the change.");
    }
}

package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.dav.CalDavException;

/** iCalendar text Tandem cannot read or does not accept (no component, no UID…). Retrying does not help. */
public class InvalidICalendarException extends CalDavException {

    public InvalidICalendarException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidICalendarException(String message) {
        super(message, NO_RESPONSE);
    }

    @Override
    public boolean isTemporary() {
        return false;
    }
}

package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.EventView;

/**
 * One occurrence as a calendar day shows it: the API's view of it and its times as the user reads them on that
 * day ("10:00 – 11:00", in the user's zone and locale; empty for all-day events, which the page labels).
 */
public record ShownEvent(EventView event, String time) {

    /** An invitation the user has not answered yet (RFC 5545 PARTSTAT=NEEDS-ACTION), which the page marks. */
    public boolean isPending() {
        return "NEEDS_ACTION".equals(event.myStatus());
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(event.eventStatus());
    }

    public boolean isTentative() {
        return "TENTATIVE".equals(event.eventStatus());
    }
}

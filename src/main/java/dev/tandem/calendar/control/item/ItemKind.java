package dev.tandem.calendar.control.item;

/** What a calendar object holds: a VEVENT (meeting, appointment) or a VTODO (task). */
public enum ItemKind {
    EVENT("VEVENT"),
    TASK("VTODO");

    private final String component;

    ItemKind(String component) {
        this.component = component;
    }

    /** The iCalendar component name (RFC 5545 §3.6.1, §3.6.2). */
    public String component() {
        return component;
    }
}

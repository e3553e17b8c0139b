package dev.tandem.sync.twoway;

/** iCalendar texts for the two-way tests. */
final class Items {

    private Items() {
    }

    static String event(String uid, String summary) {
        return event(uid, summary, "20261130T090000Z", null);
    }

    /** @param lastModified UTC basic format, e.g. 20261130T100000Z, or null for none */
    static String event(String uid, String summary, String dtstamp, String lastModified) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Test//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:" + dtstamp, lastModified == null ? "DTSTART:20261201T090000Z"
                        : "LAST-MODIFIED:" + lastModified + "\r\nDTSTART:20261201T090000Z",
                "SUMMARY:" + summary, "END:VEVENT", "END:VCALENDAR", "");
    }

    static String task(String uid, String summary) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Test//EN", "BEGIN:VTODO",
                "UID:" + uid, "DTSTAMP:20261130T090000Z", "SUMMARY:" + summary, "END:VTODO", "END:VCALENDAR", "");
    }
}

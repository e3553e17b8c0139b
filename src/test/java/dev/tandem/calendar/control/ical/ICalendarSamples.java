package dev.tandem.calendar.control.ical;

/** iCalendar texts shaped like what real providers send, for the codec and expansion tests. */
public final class ICalendarSamples {

    public static final String MADRID_VTIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE", "TZID:Europe/Madrid",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    /** A meeting from a groupware server: alarm, attachments, categories, a video link, attendees, X- data. */
    public static final String RICH_EVENT = lines(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Groupware 9//EN", MADRID_VTIMEZONE,
            "BEGIN:VEVENT", "UID:rich-1@example.com", "DTSTAMP:20240301T080000Z", "SEQUENCE:3",
            "DTSTART;TZID=Europe/Madrid:20240315T100000", "DTEND;TZID=Europe/Madrid:20240315T110000",
            "SUMMARY:Quarterly review", "DESCRIPTION:Agenda: numbers\\, plans\\nand risks",
            "LOCATION:Room 4", "CATEGORIES:Sales,Review", "X-FOO;X-PARAM=1:bar",
            "ATTACH;FMTTYPE=application/pdf:https://files.example.com/q1.pdf",
            "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.com/abc",
            "ORGANIZER;CN=Ana Ruiz:mailto:Ana@Example.com",
            "ATTENDEE;CN=Bo Li;PARTSTAT=ACCEPTED:mailto:bo@example.com",
            "ATTENDEE;PARTSTAT=TENTATIVE:mailto:cy@example.com",
            "ATTENDEE:mailto:di@example.com",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Reminder", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR");

    /**
     * Thursdays 10:00 Madrid from 14 March 2024, six times (COUNT), 21 March excluded, an extra Saturday 30
     * March at 12:00, and 4 April moved to 15:00. Summer time starts on 31 March.
     */
    public static final String WEEKLY_ACROSS_DST = lines(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//EN", MADRID_VTIMEZONE,
            "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20240101T000000Z",
            "DTSTART;TZID=Europe/Madrid:20240314T100000", "DTEND;TZID=Europe/Madrid:20240314T110000",
            "RRULE:FREQ=WEEKLY;COUNT=6", "EXDATE;TZID=Europe/Madrid:20240321T100000",
            "RDATE;TZID=Europe/Madrid:20240330T120000", "SUMMARY:Standup", "END:VEVENT",
            "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20240101T000000Z",
            "RECURRENCE-ID;TZID=Europe/Madrid:20240404T100000",
            "DTSTART;TZID=Europe/Madrid:20240404T150000", "DTEND;TZID=Europe/Madrid:20240404T160000",
            "SUMMARY:Standup (moved)", "END:VEVENT",
            "END:VCALENDAR");

    static final String OPEN_TASK = lines(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//EN",
            "BEGIN:VTODO", "UID:task-1", "DTSTAMP:20240101T000000Z", "SUMMARY:Send offer",
            "DUE;VALUE=DATE:20240320", "STATUS:NEEDS-ACTION", "PRIORITY:1", "X-APPLE-SORT-ORDER:7",
            "END:VTODO", "END:VCALENDAR");

    private ICalendarSamples() {
    }

    public static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}

package dev.tandem.calendar.boundary;

/** Provider-side iCalendar objects for the integration test, as alice's calendar app would store them. */
final class Samples {

    static final String INVITATION = lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//EN", "BEGIN:VEVENT",
            "UID:inv-1@other.com", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=Europe/Madrid:20261203T100000",
            "DTEND;TZID=Europe/Madrid:20261203T110000", "SUMMARY:Partner call",
            "ORGANIZER;CN=Boss:mailto:boss@other.com",
            "ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Alice:mailto:%ME%@tandem.test",
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ana:mailto:ana@acme.com", "END:VEVENT", "END:VCALENDAR");

    static final String SERIES_WITH_EXCEPTION = lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//EN",
            "BEGIN:VEVENT", "UID:series-1@other.com", "DTSTAMP:20261101T000000Z",
            "DTSTART;TZID=Europe/Madrid:20261207T090000", "DTEND;TZID=Europe/Madrid:20261207T091500",
            "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Madrid:20261214T090000", "SUMMARY:Standup",
            "END:VEVENT", "BEGIN:VEVENT", "UID:series-1@other.com", "DTSTAMP:20261101T000000Z",
            "RECURRENCE-ID;TZID=Europe/Madrid:20261221T090000", "DTSTART;TZID=Europe/Madrid:20261221T120000",
            "DTEND;TZID=Europe/Madrid:20261221T121500", "SUMMARY:Standup (moved)", "END:VEVENT", "END:VCALENDAR");

    static final String RICH_OWN_EVENT = lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Groupware//EN",
            "BEGIN:VEVENT", "UID:rich-1@example.com", "DTSTAMP:20261101T080000Z", "SEQUENCE:3",
            "DTSTART;TZID=Europe/Madrid:20261215T100000", "DTEND;TZID=Europe/Madrid:20261215T110000",
            "SUMMARY:Quarterly review", "LOCATION:Room 4", "X-FOO;X-PARAM=1:bar",
            "ORGANIZER:mailto:%ME%@tandem.test", "ATTENDEE;CN=Bo Li;PARTSTAT=ACCEPTED:mailto:bo@example.com",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Reminder", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR");

    private Samples() {
    }

    /** The sample with the placeholder user replaced by a test user's address. */
    static String forUser(String sample, String user) {
        return sample.replace("%ME%", user);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}

package dev.tandem.connection.entity;

/** What the user chose to sync. */
public enum SyncMode {
    MAIL, CALENDAR, MAIL_AND_CALENDAR;

    public boolean includesMail() {
        return this != CALENDAR;
    }

    public boolean includesCalendar() {
        return this != MAIL;
    }
}

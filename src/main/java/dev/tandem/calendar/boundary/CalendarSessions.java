package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.twoway.CalDavCalendarSync;
import dev.tandem.connection.control.CalDavAccount;
import dev.tandem.connection.control.CalendarAccount;
import dev.tandem.connection.control.CalendarSyncPort;
import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.connection.control.SyncFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The calendar feature as the connection feature sees it: each account goes to the service that speaks its
 * protocol, CalDAV for most providers, Microsoft Graph for Exchange and Outlook.com.
 */
@ApplicationScoped
public class CalendarSessions implements CalendarSyncPort {

    @Inject
    CalDavCalendarSync caldav;

    @Override
    public String verify(CalendarAccount account) {
        return caldav.verify(asCalDav(account));
    }

    @Override
    public void sync(long userId, CalendarAccount account) {
        caldav.sync(userId, asCalDav(account));
    }

    @Override
    public FirstSyncPreview.CalendarPreview preview(long userId, CalendarAccount account) {
        return caldav.preview(userId, asCalDav(account));
    }

    private static CalDavAccount asCalDav(CalendarAccount account) {
        if (account instanceof CalDavAccount dav) {
            return dav;
        }
        throw graphMissing();
    }

    private static SyncFailure graphMissing() {
        return new SyncFailure(SyncFailure.Category.REFUSED, "Calendars in Microsoft Graph are not synced yet.");
    }
}

package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.twoway.CalDavCalendarSync;
import dev.tandem.calendar.control.twoway.GraphCalendarSync;
import dev.tandem.connection.control.CalDavAccount;
import dev.tandem.connection.control.CalendarAccount;
import dev.tandem.connection.control.CalendarSyncPort;
import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.connection.control.GraphAccount;
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

    @Inject
    GraphCalendarSync graph;

    @Override
    public String verify(CalendarAccount account) {
        if (account instanceof GraphAccount graphAccount) {
            return graph.verify(graphAccount);
        }
        return caldav.verify((CalDavAccount) account);
    }

    @Override
    public void sync(long userId, CalendarAccount account) {
        if (account instanceof GraphAccount graphAccount) {
            graph.sync(userId, graphAccount);
        } else {
            caldav.sync(userId, (CalDavAccount) account);
        }
    }

    @Override
    public FirstSyncPreview.CalendarPreview preview(long userId, CalendarAccount account) {
        if (account instanceof GraphAccount graphAccount) {
            return graph.preview(userId, graphAccount);
        }
        return caldav.preview(userId, (CalDavAccount) account);
    }
}

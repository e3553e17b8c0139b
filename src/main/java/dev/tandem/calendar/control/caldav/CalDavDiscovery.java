package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.calendar.control.dav.CalDavHttp;
import dev.tandem.calendar.control.dav.DavNames;
import dev.tandem.calendar.control.dav.DavRequest;
import dev.tandem.calendar.control.dav.DavRequestBodies;
import dev.tandem.calendar.control.dav.DavResponse;
import dev.tandem.calendar.control.dav.Multistatus;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a user's calendars from whatever URL the user typed: server root, principal or calendar home.
 * The chain is current-user-principal (RFC 5397) → calendar-home-set (RFC 4791 §6.2.1) → the home's calendar
 * collections, with a single retry at {@code /.well-known/caldav} (RFC 6764 §5) when the start URL knows neither.
 */
final class CalDavDiscovery {

    private final CalDavHttp http;

    CalDavDiscovery(CalDavHttp http) {
        this.http = http;
    }

    CalendarHome discover(URI start) {
        DavResponse first = principalProperties(start);
        if (first.findHref(DavNames.CURRENT_USER_PRINCIPAL).isEmpty()
                && first.findHref(DavNames.CALENDAR_HOME_SET).isEmpty()) {
            first = principalProperties(start.resolve("/.well-known/caldav"));
        }
        URI principal = first.findHref(DavNames.CURRENT_USER_PRINCIPAL).orElse(first.href());
        URI home = first.findHref(DavNames.CALENDAR_HOME_SET)
                .or(() -> principalProperties(principal).findHref(DavNames.CALENDAR_HOME_SET))
                .orElseThrow(() -> new CalDavException("No calendar-home-set found from " + start, 207));
        return new CalendarHome(principal, home, calendarsIn(home));
    }

    /** One calendar collection's properties, e.g. to compare its ctag or sync token before listing it. */
    CalendarCollection describe(URI collection) {
        return CalendarCollections.from(propfind(collection, 0).get(0));
    }

    private List<CalendarCollection> calendarsIn(URI home) {
        return propfind(home, 1).stream()
                .filter(response -> response.hasResourceType(DavNames.CALENDAR))
                .map(CalendarCollections::from)
                .collect(Collectors.toList());
    }

    private List<DavResponse> propfind(URI uri, int depth) {
        String body = DavRequestBodies.propfind(DavNames.RESOURCETYPE, DavNames.DISPLAYNAME,
                DavNames.SUPPORTED_COMPONENTS, DavNames.GETCTAG, DavNames.SYNC_TOKEN);
        var response = http.send(DavRequest.propfind(uri, depth, body));
        return Multistatus.parse(response.body(), uri).responses().stream()
                .filter(DavResponse::isFound)
                .collect(Collectors.toList());
    }

    private DavResponse principalProperties(URI uri) {
        String body = DavRequestBodies.propfind(DavNames.CURRENT_USER_PRINCIPAL, DavNames.CALENDAR_HOME_SET);
        var response = http.send(DavRequest.propfind(uri, 0, body));
        Optional<DavResponse> first = Multistatus.parse(response.body(), response.uri()).responses().stream()
                .findFirst();
        return first.orElseThrow(() -> new CalDavException("Empty PROPFIND answer from " + uri, 207));
    }
}

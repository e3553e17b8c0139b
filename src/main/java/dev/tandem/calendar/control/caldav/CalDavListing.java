package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.calendar.control.dav.CalDavHttp;
import dev.tandem.calendar.control.dav.DavNames;
import dev.tandem.calendar.control.dav.DavRequest;
import dev.tandem.calendar.control.dav.DavRequestBodies;
import dev.tandem.calendar.control.dav.DavResponse;
import dev.tandem.calendar.control.dav.Multistatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what a collection holds: ETag listings, incremental sync-collection and bulk downloads. */
final class CalDavListing {

    private final CalDavHttp http;

    CalDavListing(CalDavHttp http) {
        this.http = http;
    }

    List<CalendarObjectRef> listItems(URI collection) {
        String body = DavRequestBodies.propfind(DavNames.RESOURCETYPE, DavNames.GETETAG);
        return members(multistatus(DavRequest.propfind(collection, 1, body)), collection).stream()
                .filter(DavResponse::isFound)
                .flatMap(response -> response.findText(DavNames.GETETAG).stream()
                        .map(etag -> new CalendarObjectRef(response.href(), etag)))
                .collect(Collectors.toList());
    }

    /** RFC 6578 §3.2: the REPORT goes to the collection with Depth 0; members come back 200 or 404. */
    SyncCollectionResult syncCollection(URI collection, String syncToken) {
        Multistatus answer = multistatus(DavRequest.report(collection, 0, DavRequestBodies.syncCollection(syncToken)));
        var changed = new ArrayList<CalendarObjectRef>();
        var deleted = new ArrayList<URI>();
        for (DavResponse member : members(answer, collection)) {
            if (member.status() == 404) {
                deleted.add(member.href());
            } else {
                member.findText(DavNames.GETETAG)
                        .ifPresent(etag -> changed.add(new CalendarObjectRef(member.href(), etag)));
            }
        }
        String newToken = answer.syncToken()
                .orElseThrow(() -> new CalDavException("sync-collection answer without a sync-token", 207));
        return new SyncCollectionResult(changed, deleted, newToken);
    }

    /** RFC 4791 §7.9; members missing on the server are left out of the result. */
    List<CalendarObject> multiget(URI collection, Collection<URI> hrefs) {
        if (hrefs.isEmpty()) {
            return List.of();
        }
        Multistatus answer = multistatus(DavRequest.report(collection, 1, DavRequestBodies.multiget(hrefs)));
        var found = new ArrayList<CalendarObject>();
        for (DavResponse member : answer.responses()) {
            var etag = member.findText(DavNames.GETETAG);
            var data = member.findProperty(DavNames.CALENDAR_DATA).map(element -> element.getTextContent());
            if (member.isFound() && etag.isPresent() && data.isPresent()) {
                found.add(new CalendarObject(member.href(), etag.get(), data.get()));
            }
        }
        return found;
    }

    private Multistatus multistatus(DavRequest request) {
        return Multistatus.parse(http.send(request).body(), request.uri());
    }

    /** Drops the collection's own entry and any sub-collection: only calendar object resources remain. */
    private static List<DavResponse> members(Multistatus answer, URI collection) {
        return answer.responses().stream()
                .filter(response -> !response.href().getPath().endsWith("/"))
                .filter(response -> !response.href().normalize().equals(collection.normalize()))
                .collect(Collectors.toList());
    }
}

package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.dav.CalDavHttp;
import dev.tandem.platform.OutboundAddressPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * A thin CalDAV client (RFC 4791, RFC 6578) for one account: discovery, change detection, bulk reads and
 * conditional writes. It knows WebDAV and nothing of the CRM; the calendar store of the sync core wraps it.
 * Failures arrive as {@link dev.tandem.calendar.control.dav.CalDavException} and its subclasses. Thread-safe.
 */
public final class CalDavClient {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final CalDavDiscovery discovery;
    private final CalDavListing listing;
    private final CalDavObjects objects;

    public CalDavClient(CalDavCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        this(new CalDavHttp(credentials, connectTimeout, requestTimeout));
    }

    /** @param policy which addresses the client may reach (tests pass one with a stubbed resolver) */
    public CalDavClient(CalDavCredentials credentials, OutboundAddressPolicy policy) {
        this(new CalDavHttp(credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, policy));
    }

    private CalDavClient(CalDavHttp http) {
        this.discovery = new CalDavDiscovery(http);
        this.listing = new CalDavListing(http);
        this.objects = new CalDavObjects(http);
    }

    public CalDavClient(CalDavCredentials credentials) {
        this(credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** From a server, principal or home URL to the user's calendars. */
    public CalendarHome discover(URI start) {
        return discovery.discover(start);
    }

    /** The collection's current display name, components, ctag and sync token. */
    public CalendarCollection getCollection(URI collection) {
        return discovery.describe(collection);
    }

    /** Every member's href and ETag (PROPFIND Depth 1): the fallback when sync-collection is missing. */
    public List<CalendarObjectRef> listItems(URI collection) {
        return listing.listItems(collection);
    }

    /**
     * Changes since {@code syncToken}, or the whole collection when it is null or empty.
     *
     * @throws CalDavSyncTokenInvalidException when the server forgot the token: list everything instead
     */
    public SyncCollectionResult syncCollection(URI collection, String syncToken) {
        return listing.syncCollection(collection, syncToken);
    }

    /** Bodies and ETags of many members in one request; hrefs that no longer exist are left out. */
    public List<CalendarObject> multiget(URI collection, Collection<URI> hrefs) {
        return listing.multiget(collection, hrefs);
    }

    /** @throws CalDavNotFoundException when the resource does not exist */
    public CalendarObject get(URI href) {
        return objects.get(href);
    }

    /**
     * Stores a new object at {@code collection + encoded uid + ".ics"} with {@code If-None-Match: *}.
     *
     * @throws CalDavPreconditionFailedException when a resource already exists there
     */
    public CalendarObjectRef create(URI collection, String uid, String icalendar) {
        return objects.create(collection, uid, icalendar);
    }

    /** @throws CalDavPreconditionFailedException when the resource changed since {@code etag} was read */
    public CalendarObjectRef update(URI href, String icalendar, String etag) {
        return objects.update(href, icalendar, etag);
    }

    /** @throws CalDavPreconditionFailedException when the resource changed since {@code etag} was read */
    public void delete(URI href, String etag) {
        objects.delete(href, etag);
    }
}

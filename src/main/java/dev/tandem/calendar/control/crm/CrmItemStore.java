package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.ical.InvalidICalendarException;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemNotFoundException;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.spi.PreconditionFailedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM side of two-way sync: one user's events or tasks. Hrefs are {@code /crm/<id>.ics}, ETags the entry's
 * version. Content is parsed before it is stored, so an unreadable object fails alone. Items this store adds are
 * remembered for the "new event" notification. One instance per run.
 */
public final class CrmItemStore implements ItemStore {

    private static final String PREFIX = "/crm/";
    private static final String SUFFIX = ".ics";

    private final CrmCalendarRows rows;
    private final long ownerId;
    private final ItemKind kind;
    private final CalendarIdentity me;
    private final ICalendarCodec codec;
    private final List<CalendarItem> added = new ArrayList<>();

    public CrmItemStore(CrmCalendarRows rows, long ownerId, ItemKind kind, CalendarIdentity me, ICalendarCodec codec) {
        this.rows = rows;
        this.ownerId = ownerId;
        this.kind = kind;
        this.me = me;
        this.codec = codec;
    }

    @Override
    public Map<String, ItemRef> list() {
        var items = new LinkedHashMap<String, ItemRef>();
        rows.list(ownerId, kind).forEach(row -> items.put(row.uid(), ref(row)));
        return items;
    }

    @Override
    public FetchedItem get(String href) {
        CrmCalendarRows.Row row = findId(href).flatMap(id -> rows.find(ownerId, id))
                .orElseThrow(() -> new ItemNotFoundException(href));
        return new FetchedItem(ref(row.ref()), row.icalendar());
    }

    @Override
    public ItemRef create(String uid, String content) {
        CalendarItem item = parse(content);
        CrmCalendarRows.RowRef row = rows.insertFromProvider(ownerId, uid, content, EntryColumnsOf.of(item, me))
                .orElseThrow(() -> new PreconditionFailedException("the CRM calendar already has UID " + uid));
        added.add(item);
        return ref(row);
    }

    @Override
    public ItemRef update(String href, String content, String ifMatchEtag) {
        CalendarItem item = parse(content);
        long id = findId(href).orElseThrow(() -> stale(href));
        return rows.replace(ownerId, id, version(ifMatchEtag, href), content, EntryColumnsOf.of(item, me))
                .map(CrmItemStore::ref).orElseThrow(() -> stale(href));
    }

    @Override
    public void delete(String href, String ifMatchEtag) {
        long id = findId(href).orElseThrow(() -> stale(href));
        if (!rows.delete(ownerId, id, version(ifMatchEtag, href))) {
            throw stale(href);
        }
    }

    /** A provider item whose times could not be placed in a zone is kept, and the ledger says so. */
    @Override
    public Optional<String> findCaveat(String content) {
        try {
            return codec.findPlacementCaveat(content);
        } catch (InvalidICalendarException unreadable) {
            return Optional.empty();
        }
    }

        /** The items this store created in the CRM calendar during the run. */
    public List<CalendarItem> added() {
        return List.copyOf(added);
    }

    private CalendarItem parse(String content) {
        try {
            CalendarItem item = codec.parse(content);
            if (item.kind() != kind) {
                throw new ItemStoreException("a " + item.kind().component() + " where " + kind.component()
                        + " items are kept");
            }
            return item;
        } catch (InvalidICalendarException e) {
            throw new ItemStoreException("unreadable iCalendar object: " + e.getMessage(), e);
        }
    }

    private static ItemRef ref(CrmCalendarRows.RowRef row) {
        return new ItemRef(PREFIX + row.id() + SUFFIX, String.valueOf(row.version()));
    }

    private static Optional<Long> findId(String href) {
        if (!href.startsWith(PREFIX) || !href.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(href.substring(PREFIX.length(),
                    href.length() - SUFFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long version(String etag, String href) {
        try {
            return Long.parseLong(etag);
        } catch (NumberFormatException e) {
            throw stale(href);
        }
    }

    private static PreconditionFailedException stale(String href) {
        return new PreconditionFailedException(href + " changed or disappeared in the CRM");
    }
}

package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.EntryColumns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRM store's persistence without a database: EclipseLink needs the container, so plain tests of
 * {@link CrmItemStore} use this double, which keeps the same rules (one UID per owner, versioned writes).
 */
public final class InMemoryCrmCalendarRows implements CrmCalendarRows {

    private record Stored(long ownerId, RowRef ref, String icalendar, EntryColumns columns) {
    }

    private final Map<Long, Stored> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(49);

    @Override
    public synchronized List<RowRef> list(long ownerId, ItemKind kind) {
        return byId.values().stream().filter(s -> s.ownerId() == ownerId && s.columns().kind().equals(kind.name()))
                .map(Stored::ref).toList();
    }

    @Override
    public synchronized Optional<Row> find(long ownerId, long id) {
        return Optional.ofNullable(byId.get(id)).filter(s -> s.ownerId() == ownerId)
                .map(s -> new Row(s.ref(), s.icalendar()));
    }

    @Override
    public synchronized Optional<RowRef> insertFromProvider(long ownerId, String uid, String icalendar,
                                                           EntryColumns columns) {
        if (byId.values().stream().anyMatch(s -> s.ownerId() == ownerId && s.ref().uid().equals(uid))) {
            return Optional.empty();
        }
        var ref = new RowRef(ids.incrementAndGet(), uid, 1);
        byId.put(ref.id(), new Stored(ownerId, ref, icalendar, columns));
        return Optional.of(ref);
    }

    @Override
    public synchronized Optional<RowRef> replace(long ownerId, long id, long expectedVersion, String icalendar,
                                                 EntryColumns columns) {
        Stored old = byId.get(id);
        if (old == null || old.ownerId() != ownerId || old.ref().version() != expectedVersion) {
            return Optional.empty();
        }
        var ref = new RowRef(id, old.ref().uid(), expectedVersion + 1);
        byId.put(id, new Stored(ownerId, ref, icalendar, columns));
        return Optional.of(ref);
    }

    @Override
    public synchronized boolean delete(long ownerId, long id, long expectedVersion) {
        Stored old = byId.get(id);
        if (old == null || old.ownerId() != ownerId || old.ref().version() != expectedVersion) {
            return false;
        }
        byId.remove(id);
        return true;
    }

    EntryColumns columnsOf(long id) {
        return byId.get(id).columns();
    }
}

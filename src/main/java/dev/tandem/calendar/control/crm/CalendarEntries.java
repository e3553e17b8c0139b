package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.calendar.entity.EntryColumns;
import dev.tandem.calendar.entity.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The users' CRM calendars in the database: the rows sync reads and writes with version checks, and the entries
 * the API lists and changes. Every method takes the owner, so nobody reaches another user's entries.
 */
@ApplicationScoped
@Transactional
public class CalendarEntries implements CrmCalendarRows {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<RowRef> list(long ownerId, ItemKind kind) {
        List<Object[]> rows = em.createQuery("SELECT e.id, e.uid, e.version FROM CalendarEntry e"
                + " WHERE e.ownerId = :owner AND e.kind = :kind", Object[].class)
                .setParameter("owner", ownerId).setParameter("kind", kind.name()).getResultList();
        return rows.stream().map(r -> new RowRef(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    @Override
    public Optional<Row> find(long ownerId, long id) {
        return findEntry(ownerId, id).map(e -> new Row(new RowRef(e.getId(), e.getUid(), e.getVersion()),
                e.getIcalendar()));
    }

    @Override
    public Optional<RowRef> insertFromProvider(long ownerId, String uid, String icalendar, EntryColumns columns) {
        if (findByUid(ownerId, uid).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(refOf(insert(ownerId, uid, Origin.PROVIDER, icalendar, columns)));
    }

    @Override
    public Optional<RowRef> replace(long ownerId, long id, long expectedVersion, String icalendar,
                                    EntryColumns columns) {
        Optional<CalendarEntry> entry = findEntry(ownerId, id).filter(e -> e.getVersion() == expectedVersion);
        entry.ifPresent(e -> {
            e.replace(icalendar, columns, OffsetDateTime.now(clock));
            em.flush();
        });
        return entry.map(CalendarEntries::refOf);
    }

    @Override
    public boolean delete(long ownerId, long id, long expectedVersion) {
        Optional<CalendarEntry> entry = findEntry(ownerId, id).filter(e -> e.getVersion() == expectedVersion);
        entry.ifPresent(em::remove);
        return entry.isPresent();
    }

    /** A new entry; the JPA version it gets is its first ETag. */
    public CalendarEntry insert(long ownerId, String uid, Origin origin, String icalendar, EntryColumns columns) {
        var entry = new CalendarEntry(ownerId, uid, origin);
        entry.replace(icalendar, columns, OffsetDateTime.now(clock));
        em.persist(entry);
        em.flush();
        return entry;
    }

    public Optional<CalendarEntry> findEntry(long ownerId, long id) {
        return Optional.ofNullable(em.find(CalendarEntry.class, id)).filter(e -> e.getOwnerId() == ownerId);
    }

    public Optional<CalendarEntry> findByUid(long ownerId, String uid) {
        return em.createQuery("SELECT e FROM CalendarEntry e WHERE e.ownerId = :owner AND e.uid = :uid",
                CalendarEntry.class).setParameter("owner", ownerId).setParameter("uid", uid).getResultList()
                .stream().findFirst();
    }

    /** Events that may overlap [from, to): single ones by their span, series by their start only. */
    public List<CalendarEntry> eventsAround(long ownerId, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("SELECT e FROM CalendarEntry e WHERE e.ownerId = :owner AND e.kind = 'EVENT'"
                + " AND e.startsAt < :to AND (e.endsAt IS NULL OR e.endsAt >= :from) ORDER BY e.startsAt, e.id",
                CalendarEntry.class).setParameter("owner", ownerId).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** Tasks with an id above {@code afterId}, by id: keyset paging. */
    public List<CalendarEntry> tasksAfter(long ownerId, long afterId, int max) {
        return em.createQuery("SELECT e FROM CalendarEntry e WHERE e.ownerId = :owner AND e.kind = 'TASK'"
                + " AND e.id > :after ORDER BY e.id", CalendarEntry.class).setParameter("owner", ownerId)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** Replaces an entry's text after a user's edit; the version moves on, so sync sees a CRM change. */
    public CalendarEntry edit(long ownerId, long id, long expectedVersion, String icalendar, EntryColumns columns) {
        CalendarEntry entry = findEntry(ownerId, id).orElseThrow(() -> CalendarException.notFound("entry", id));
        if (entry.getVersion() != expectedVersion) {
            throw CalendarException.changedMeanwhile("entry", id);
        }
        entry.replace(icalendar, columns, OffsetDateTime.now(clock));
        em.flush();
        return entry;
    }

    public void remove(long ownerId, long id) {
        em.remove(findEntry(ownerId, id).orElseThrow(() -> CalendarException.notFound("entry", id)));
    }

    private static RowRef refOf(CalendarEntry entry) {
        return new RowRef(entry.getId(), entry.getUid(), entry.getVersion());
    }
}

package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.entity.EntryColumns;
import java.util.List;
import java.util.Optional;

/**
 * The persistence the CRM side of sync needs: one user's entries of one kind, written only if still at the version
 * the caller saw (the version is the CRM side's ETag). The database implements it in {@link CalendarEntries}.
 */
public interface CrmCalendarRows {

    /** An entry by id, UID and version, without its text. */
    record RowRef(long id, String uid, long version) {
    }

    /** An entry with its iCalendar text. */
    record Row(RowRef ref, String icalendar) {
    }

    List<RowRef> list(long ownerId, ItemKind kind);

    Optional<Row> find(long ownerId, long id);

    /** @return empty when the owner already has an entry with this UID */
    Optional<RowRef> insertFromProvider(long ownerId, String uid, String icalendar, EntryColumns columns);

    /** @return empty when the entry is gone or no longer at {@code expectedVersion} */
    Optional<RowRef> replace(long ownerId, long id, long expectedVersion, String icalendar, EntryColumns columns);

    /** @return false when the entry is gone or no longer at {@code expectedVersion} */
    boolean delete(long ownerId, long id, long expectedVersion);
}

package dev.tandem.calendar.control.collection;

import dev.tandem.calendar.control.item.ItemKind;
import java.util.Objects;

/**
 * One calendar object resource as Tandem last saw it: its ETag, the UID inside it and what it holds. Knowing the
 * UID of every href lets an unchanged member be listed without downloading it again.
 *
 * @param kind the component it holds; empty for objects that are neither VEVENT nor VTODO (VJOURNAL…)
 */
public record CollectionMember(String etag, String uid, String kind) {

    public static final String OTHER = "";

    public CollectionMember {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
    }

    /** The kind an iCalendar text holds, by its first item component (RFC 5545 §3.6). */
    public static String kindOf(String icalendar) {
        String upper = icalendar.toUpperCase(java.util.Locale.ROOT);
        int event = upper.indexOf("BEGIN:VEVENT");
        int task = upper.indexOf("BEGIN:VTODO");
        if (event < 0 && task < 0) {
            return OTHER;
        }
        if (task < 0 || (event >= 0 && event < task)) {
            return ItemKind.EVENT.name();
        }
        return ItemKind.TASK.name();
    }
}

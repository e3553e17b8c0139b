package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.crm.EntryColumnsOf;
import dev.tandem.calendar.control.crm.InMemoryCrmCalendarRows;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.ItemKind;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One user's CRM calendar for two-way tests without a container (the in-memory persistence double), with what
 * a user does there through the API: create an event, edit one, read one.
 */
final class CrmCalendarSide {

    final long owner;
    final CalendarIdentity me;
    final InMemoryCrmCalendarRows rows = new InMemoryCrmCalendarRows();
    final ICalendarCodec codec = new ICalendarCodec(Clock.systemUTC(), ZoneOffset.UTC);

    CrmCalendarSide(long owner, CalendarIdentity me) {
        this.owner = owner;
        this.me = me;
    }

    CrmItemStore store(ItemKind kind) {
        return new CrmItemStore(rows, owner, kind, me, codec);
    }

    /** An event created in the CRM on 2026-12-01 at 09:00 in Madrid, for an hour. */
    void createEvent(String uid, String title) {
        var start = ZonedDateTime.parse("2026-12-01T09:00:00+01:00[Europe/Madrid]");
        String text = codec.create(CalendarItem.newEvent(uid, title, CalendarTime.of(start),
                CalendarTime.of(start.plusHours(1))));
        rows.insertFromProvider(owner, uid, text, EntryColumnsOf.of(codec.parse(text), me));
    }

    void edit(String uid, CalendarItemEdit edit) {
        var row = rows.list(owner, ItemKind.EVENT).stream().filter(r -> r.uid().equals(uid)).findFirst().orElseThrow();
        String edited = codec.applyEdit(rows.find(owner, row.id()).orElseThrow().icalendar(), edit);
        rows.replace(owner, row.id(), row.version(), edited, EntryColumnsOf.of(codec.parse(edited), me));
    }

    String text(String uid) {
        return rows.list(owner, ItemKind.EVENT).stream().filter(r -> r.uid().equals(uid)).findFirst()
                .or(() -> rows.list(owner, ItemKind.TASK).stream().filter(r -> r.uid().equals(uid)).findFirst())
                .flatMap(r -> rows.find(owner, r.id())).orElseThrow().icalendar();
    }

    List<String> uids(ItemKind kind) {
        return rows.list(owner, kind).stream().map(r -> r.uid()).sorted().toList();
    }
}

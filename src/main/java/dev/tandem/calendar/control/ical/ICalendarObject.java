package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.ItemKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * One parsed calendar object resource (RFC 4791 §4.1: one UID, several components only for recurrence
 * overrides), with its master component and its overrides picked out.
 */
public final class ICalendarObject {

    private final Calendar calendar;
    private final ItemKind kind;

    ICalendarObject(Calendar calendar) {
        this.calendar = calendar;
        this.kind = kindOf(calendar);
    }

    /** Reads text from any source (GET, REPORT calendar-data, the API) with CRLF or LF line ends. */
    public static ICalendarObject parse(String icalendar) {
        try {
            return new ICalendarObject(new CalendarBuilder().build(new StringReader(ICalendarLines.withCrlf(icalendar))));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new InvalidICalendarException("Unreadable iCalendar: " + e.getMessage(), e);
        }
    }

    /**
     * A new object holding {@code item} as the CRM would write it, stamped {@code stamp}: the start for an adapter
     * that builds iCalendar from another format (Microsoft Graph's JSON) and then adds what the item does not model.
     */
    public static ICalendarObject of(CalendarItem item, Instant stamp) {
        return CalendarItemWriter.write(item, stamp);
    }

    /** Adds a component (a RECURRENCE-ID override) and a VTIMEZONE for any zone it brings in. */
    public void add(CalendarComponent component) {
        calendar.add(component);
        VTimeZones.addMissing(calendar);
    }

    /** CRLF lines folded at 75 octets (RFC 5545 §3.1), see {@link ICalendarLines}. */
    public String write() {
        var text = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new InvalidICalendarException("Cannot write iCalendar: " + e.getMessage(), e);
        }
        return ICalendarLines.fold(text.toString());
    }

    Calendar calendar() {
        return calendar;
    }

    ItemKind kind() {
        return kind;
    }

    /** The component without RECURRENCE-ID; an object holding only overrides (RFC 6638 invitations) yields its first. */
    public CalendarComponent master() {
        List<CalendarComponent> all = calendar.getComponents(kind.component());
        return all.stream().filter(c -> !isOverride(c)).findFirst().orElse(all.get(0));
    }

    public List<CalendarComponent> overrides() {
        CalendarComponent master = master();
        return calendar.<CalendarComponent>getComponents(kind.component()).stream()
                .filter(c -> c != master && isOverride(c))
                .collect(Collectors.toList());
    }

    String uid() {
        return master().getProperty(Property.UID).map(Property::getValue)
                .orElseThrow(() -> new InvalidICalendarException("iCalendar object without UID"));
    }

    static boolean isOverride(Component component) {
        return component.getProperty(Property.RECURRENCE_ID).isPresent();
    }

    private static ItemKind kindOf(Calendar calendar) {
        for (ItemKind candidate : ItemKind.values()) {
            if (!calendar.getComponents(candidate.component()).isEmpty()) {
                return candidate;
            }
        }
        throw new InvalidICalendarException("iCalendar object with neither VEVENT nor VTODO");
    }
}

package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Translates between provider iCalendar text (RFC 5545) and the CRM's {@link CalendarItem}. Edits are applied
 * onto the provider's original text, never regenerated from the model, so that what Tandem does not model —
 * alarms, attachments, categories, conference links, X- properties, attendees' answers — survives a round trip.
 * Thread-safe.
 */
public final class ICalendarCodec {

    private final Clock clock;
    private final ZoneId floatingZone;
    private final CalendarItemReader reader;
    private final CalendarItemEditor editor;

    /**
     * @param floatingZone where floating date-times (no TZID, no Z) are taken to happen, normally the user's zone
     */
    public ICalendarCodec(Clock clock, ZoneId floatingZone) {
        this.clock = clock;
        this.floatingZone = floatingZone;
        this.reader = new CalendarItemReader(floatingZone);
        this.editor = new CalendarItemEditor(floatingZone);
    }

    public ICalendarCodec() {
        this(Clock.systemUTC(), ZoneOffset.UTC);
    }

    /** @throws InvalidICalendarException when the text is no readable VEVENT or VTODO object */
    public CalendarItem parse(String icalendar) {
        ICalendarObject object = ICalendarObject.parse(icalendar);
        try {
            return reader.read(object);
        } catch (DateTimeException | IllegalArgumentException unusable) {
            throw new InvalidICalendarException("Unusable iCalendar value: " + unusable.getMessage(), unusable);
        }
    }

    /**
     * The original text with the edit applied to its master component, DTSTAMP and LAST-MODIFIED set to now
     * and a VTIMEZONE added for a newly used zone.
     */
    public String applyEdit(String icalendar, CalendarItemEdit edit) {
        ICalendarObject object = ICalendarObject.parse(icalendar);
        editor.apply(object, edit, clock.instant());
        return object.write();
    }

    /** A new object for an item the CRM created ({@code PRODID:-//Tandem//EN}). */
    public String create(CalendarItem item) {
        return CalendarItemWriter.write(item, clock.instant()).write();
    }

    /** What the ledger should add when the item's times could not be placed in a zone (see {@link PlacementCaveat}). */
    public Optional<String> findPlacementCaveat(String icalendar) {
        return PlacementCaveat.find(ICalendarObject.parse(icalendar), floatingZone);
    }

    /** See {@link ContentHash}: equal for texts that mean the same, whatever their order and stamps. */
    public String contentHash(String icalendar) {
        return ContentHash.of(ICalendarObject.parse(icalendar));
    }
}

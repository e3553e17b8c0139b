package dev.tandem.calendar.control.ical;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Says when an item's times could not be placed in a zone: its TZID is neither defined by a VTIMEZONE in the
 * object, nor an IANA id, nor a Windows id CLDR maps. Such an item is still kept and shown (at its wall-clock time
 * in the floating zone), and the ledger carries this sentence, so that nobody takes the shown hour for certain.
 */
final class PlacementCaveat {

    private static final List<String> TIMES = List.of(Property.DTSTART, Property.DTEND, Property.DUE);

    private PlacementCaveat() {
    }

    static Optional<String> find(ICalendarObject object, ZoneId floatingZone) {
        CalendarComponent master = object.master();
        return TIMES.stream()
                .flatMap(name -> master.getProperty(name).stream())
                .filter(property -> property instanceof DateProperty)
                .flatMap(property -> ICalTimes.findUnplaceableZone((DateProperty<?>) property).stream())
                .findFirst()
                .map(tzid -> "time zone \"" + tzid + "\" is neither defined in the item nor known: its times are"
                        + " shown as written, in " + floatingZone.getId());
    }
}

package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.ical.ICalendarObject;
import dev.tandem.calendar.control.ical.InvalidICalendarException;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.sync.spi.ItemStoreException;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.property.RRule;

/**
 * An iCalendar object from the CRM, read for Graph: the item, and its RRULE when it recurs. A series with
 * exceptions (RECURRENCE-ID overrides), RDATE or EXDATE would need several Graph requests that can half succeed, so
 * it is refused: Tandem never writes part of a series.
 */
record GraphContent(CalendarItem item, Optional<Recur<?>> recurrence) {

    static GraphContent parse(String icalendar, ICalendarCodec codec) {
        try {
            CalendarItem item = codec.parse(icalendar);
            if (item.kind() != ItemKind.EVENT) {
                throw new ItemStoreException("a " + item.kind().component() + " where Microsoft Graph events are kept"
                        + " (tasks are Microsoft To Do, another API)");
            }
            ICalendarObject object = ICalendarObject.parse(icalendar);
            if (!object.overrides().isEmpty() || object.master().getProperty(Property.RDATE).isPresent()
                    || object.master().getProperty(Property.EXDATE).isPresent()) {
                throw new ItemStoreException("a series with exceptions, RDATE or EXDATE cannot be written to "
                        + "Microsoft Graph in one request");
            }
            Optional<Recur<?>> recur = object.master().<RRule<?>>getProperty(Property.RRULE).map(RRule::getRecur);
            return new GraphContent(item, recur);
        } catch (InvalidICalendarException e) {
            throw new ItemStoreException("unreadable iCalendar object: " + e.getMessage(), e);
        }
    }
}

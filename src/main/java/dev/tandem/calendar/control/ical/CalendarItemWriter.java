package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.ItemKind;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Completed;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Builds the iCalendar object for an item the CRM created, with a VTIMEZONE for each zone it uses. */
final class CalendarItemWriter {

    static final String PRODID = "-//Tandem//EN";

    private CalendarItemWriter() {
    }

    static ICalendarObject write(CalendarItem item, Instant now) {
        CalendarComponent component = item.kind() == ItemKind.EVENT ? new VEvent(false) : new VToDo(false);
        component.add(new Uid(item.uid()));
        component.add(new DtStamp(now));
        ICalProperties.setText(component, Property.SUMMARY, item.summary());
        ICalProperties.setText(component, Property.DESCRIPTION, item.description());
        ICalProperties.setText(component, Property.LOCATION, item.location());
        item.findStart().ifPresent(start -> ICalProperties.setTime(component, Property.DTSTART, start));
        item.findEnd().ifPresent(end -> ICalProperties.setTime(component, Property.DTEND, end));
        item.findDue().ifPresent(due -> ICalProperties.setTime(component, Property.DUE, due));
        item.findStatus().ifPresent(status -> component.add(new Status(status.toStatus())));
        item.findCompleted().ifPresent(completed -> component.add(new Completed(completed)));
        if (item.sequence() > 0) {
            component.add(new Sequence(item.sequence()));
        }
        item.findOrganizer().ifPresent(organizer -> component.add(organizer(organizer)));
        item.attendees().forEach(attendee -> component.add(attendee(attendee)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(component);
        VTimeZones.addMissing(calendar);
        return new ICalendarObject(calendar);
    }

    static Property organizer(CalendarPerson person) {
        var organizer = new Organizer(URI.create(person.toCalAddress()));
        if (person.name() != null) {
            organizer.add(new Cn(person.name()));
        }
        return organizer;
    }

    private static Property attendee(Attendee attendee) {
        var property = new net.fortuna.ical4j.model.property.Attendee(URI.create(attendee.person().toCalAddress()));
        if (attendee.person().name() != null) {
            property.add(new Cn(attendee.person().name()));
        }
        property.add(new PartStat(attendee.status().toPartstat()));
        return property;
    }
}

package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.EventStatus;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.RecurrenceShape;
import dev.tandem.calendar.control.item.TaskStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Completed;
import net.fortuna.ical4j.model.property.Duration;

/** Reads the CRM's {@link CalendarItem} out of an {@link ICalendarObject}'s master component. */
final class CalendarItemReader {

    private final ZoneId floatingZone;

    CalendarItemReader(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    CalendarItem read(ICalendarObject object) {
        CalendarComponent master = object.master();
        Optional<CalendarTime> start = ICalTimes.find(master, Property.DTSTART, floatingZone);
        if (start.isEmpty() && object.kind() == ItemKind.EVENT) {
            throw new InvalidICalendarException("The event has no start time (DTSTART), which RFC 5545 §3.6.1 "
                    + "requires of an event sent without a METHOD.", null);
        }
        return new CalendarItem(object.uid(), object.kind(),
                text(master, Property.SUMMARY), text(master, Property.DESCRIPTION), text(master, Property.LOCATION),
                start.orElse(null), end(master, start).orElse(null),
                master.getProperty(Property.ORGANIZER).map(CalAddresses::personOf).orElse(null),
                attendees(master), recurrence(object), ICalProperties.sequence(master),
                ICalTimes.find(master, Property.DUE, floatingZone).orElse(null),
                completed(master).orElse(null),
                ICalProperties.findText(master, Property.STATUS).flatMap(TaskStatus::fromStatus)
                        .filter(status -> object.kind() == ItemKind.TASK).orElse(null),
                ICalProperties.findText(master, Property.STATUS).flatMap(EventStatus::fromStatus)
                        .filter(status -> object.kind() == ItemKind.EVENT).orElse(null));
    }

    private static String text(CalendarComponent component, String name) {
        return ICalProperties.findText(component, name).orElse("");
    }

    /** DTEND, else DTSTART + DURATION (RFC 5545 §3.6.1). */
    private Optional<CalendarTime> end(CalendarComponent master, Optional<CalendarTime> start) {
        Optional<CalendarTime> end = ICalTimes.find(master, Property.DTEND, floatingZone);
        if (end.isPresent() || start.isEmpty()) {
            return end;
        }
        Optional<TemporalAmount> duration = master.<Duration>getProperty(Property.DURATION)
                .map(Duration::getDuration);
        try {
            return duration.map(amount -> plus(start.get(), amount));
        } catch (DateTimeException unusable) {
            return Optional.empty();
        }
    }

    private static CalendarTime plus(CalendarTime start, TemporalAmount amount) {
        return start.isAllDay() ? CalendarTime.of(start.date().plus(amount))
                : CalendarTime.of(start.dateTime().plus(amount));
    }


    private static List<Attendee> attendees(CalendarComponent master) {
        return master.getProperties(Property.ATTENDEE).stream()
                .map(attendee -> new Attendee(CalAddresses.personOf(attendee), ParticipationStatus.fromPartstat(
                        attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse(null))))
                .collect(Collectors.toList());
    }

    private static RecurrenceShape recurrence(ICalendarObject object) {
        CalendarComponent master = object.master();
        return new RecurrenceShape(ICalProperties.hasProperty(master, Property.RRULE),
                ICalProperties.hasProperty(master, Property.RDATE), ICalProperties.hasProperty(master, Property.EXDATE),
                object.overrides().size());
    }

    private static Optional<Instant> completed(CalendarComponent master) {
        return master.<Completed>getProperty(Property.COMPLETED).map(Completed::getDate);
    }
}

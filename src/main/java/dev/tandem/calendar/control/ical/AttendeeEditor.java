package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.AttendeeEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.ParticipationStatus;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;

/**
 * Applies an {@link AttendeeEdit} to a component: ATTENDEE properties of addresses still wanted stay untouched,
 * with every parameter; the others go; new addresses are invited with {@code PARTSTAT=NEEDS-ACTION;RSVP=TRUE}
 * (RFC 5545 §3.2.12, §3.2.17) so that their calendar asks them to answer.
 */
final class AttendeeEditor {

    private AttendeeEditor() {
    }

    static void apply(CalendarComponent component, AttendeeEdit edit) {
        Set<String> wanted = edit.emails();
        component.removeIf(property -> isAttendee(property) && !wanted.contains(emailOf(property)));
        Set<String> present = component.getProperties(Property.ATTENDEE).stream().map(AttendeeEditor::emailOf)
                .collect(Collectors.toSet());
        edit.attendees().stream().filter(person -> !present.contains(person.email()))
                .forEach(person -> component.add(invitation(person)));
        if (edit.invitesAnyone() && component.getProperty(Property.ORGANIZER).isEmpty()) {
            edit.findOrganizer().ifPresent(organizer -> component.add(CalendarItemWriter.organizer(organizer)));
        }
    }

    private static boolean isAttendee(Property property) {
        return Property.ATTENDEE.equalsIgnoreCase(property.getName());
    }

    private static String emailOf(Property attendee) {
        return CalAddresses.personOf(attendee).email();
    }

    private static Property invitation(CalendarPerson person) {
        var attendee = new Attendee(URI.create(person.toCalAddress()));
        attendee.add(new PartStat(ParticipationStatus.NEEDS_ACTION.toPartstat()));
        attendee.add(Rsvp.TRUE);
        if (person.name() != null) {
            attendee.add(new Cn(person.name()));
        }
        return attendee;
    }
}

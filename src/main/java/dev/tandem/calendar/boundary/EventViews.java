package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.EditRule;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.ReadOnlyReason;
import dev.tandem.calendar.control.recurrence.Occurrence;
import dev.tandem.calendar.entity.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an event and one of its occurrences into the API's view: people matched to CRM contacts by address
 * (others keep only address and name), the contacts' companies, the user's answer and the read-only reason.
 */
final class EventViews {

    /** The CRM contact owning an address, and that contact's company. */
    record ContactLink(long contactId, Long companyId) {
    }

    private final CalendarIdentity me;
    private final Map<String, ContactLink> contactsByEmail;

    EventViews(CalendarIdentity me, Map<String, ContactLink> contactsByEmail) {
        this.me = me;
        this.contactsByEmail = contactsByEmail;
    }

    /** @param occurrence one instance of a series, or the event's own times for a single event */
    EventView of(long eventId, Origin origin, CalendarItem item, Occurrence occurrence) {
        boolean series = item.recurrence().isRecurring();
        String recurrenceId = series ? ApiTimes.format(occurrence.recurrenceId()) : null;
        Optional<ReadOnlyReason> readOnly = EditRule.findReadOnlyReason(origin, item, me);
        var attendees = item.attendees().stream().map(a -> new EventView.AttendeeView(a.person().email(),
                a.person().name(), contactId(a.person()), a.status().name())).toList();
        List<ContactLink> links = people(item).map(p -> contactsByEmail.get(p.email())).filter(Objects::nonNull)
                .distinct().toList();
        return new EventView(series ? eventId + ":" + recurrenceId : String.valueOf(eventId), eventId, item.uid(),
                recurrenceId, occurrence.overridden() ? occurrence.summary() : item.summary(), item.description(),
                item.location(), ApiTimes.format(occurrence.start()), ApiTimes.format(occurrence.end()),
                occurrence.start().isAllDay(), zoneOf(occurrence),
                item.findOrganizer().map(o -> new EventView.PersonView(o.email(), o.name(), contactId(o)))
                        .orElse(null),
                attendees, me.findMyStatus(item).map(Enum::name).orElse(null), series, readOnly.isEmpty(),
                readOnly.map(Enum::name).orElse(null), origin.name(),
                links.stream().map(ContactLink::contactId).distinct().sorted().toList(),
                links.stream().map(ContactLink::companyId).filter(Objects::nonNull).distinct().sorted().toList(),
                item.findEventStatus().map(Enum::name).orElse(null));
    }

    /** Every address the event names: organizer and attendees. */
    static java.util.stream.Stream<CalendarPerson> people(CalendarItem item) {
        return java.util.stream.Stream.concat(item.findOrganizer().stream(),
                item.attendees().stream().map(a -> a.person()));
    }

    private Long contactId(CalendarPerson person) {
        return Optional.ofNullable(contactsByEmail.get(person.email())).map(ContactLink::contactId).orElse(null);
    }

    private static String zoneOf(Occurrence occurrence) {
        return occurrence.start().isAllDay() ? null : occurrence.start().dateTime().getZone().getId();
    }
}

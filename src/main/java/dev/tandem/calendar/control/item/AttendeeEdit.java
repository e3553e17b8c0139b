package dev.tandem.calendar.control.item;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attendee list a CRM user wants on an event. Addresses already invited keep their ATTENDEE property with all
 * its parameters (their answer, role, RSVP…); the others are removed; new ones are invited. The organizer is
 * written only when the event gets attendees and has no ORGANIZER yet (RFC 5545 §3.8.4.3: a meeting needs one).
 *
 * @param attendees the wanted attendees, one per address; a name is the CN written for a new invitation
 * @param organizer who organises the meeting if the event names nobody; may be null
 */
public record AttendeeEdit(List<CalendarPerson> attendees, CalendarPerson organizer) {

    public AttendeeEdit {
        var byEmail = new LinkedHashMap<String, CalendarPerson>();
        attendees.forEach(person -> byEmail.putIfAbsent(person.email(), person));
        attendees = List.copyOf(byEmail.values());
    }

    /**
     * @param emails       the addresses as the user gave them, in any case
     * @param contactNames the CRM contacts' names by lower-cased address, for the CN of new invitations
     */
    public static AttendeeEdit of(Collection<String> emails, Map<String, String> contactNames,
                                  CalendarPerson organizer) {
        return new AttendeeEdit(emails.stream().map(email -> email.strip().toLowerCase(Locale.ROOT))
                .map(email -> new CalendarPerson(email, contactNames.get(email))).toList(), organizer);
    }

    public Set<String> emails() {
        return attendees.stream().map(CalendarPerson::email).collect(Collectors.toSet());
    }

    public boolean invitesAnyone() {
        return !attendees.isEmpty();
    }

    public Optional<CalendarPerson> findOrganizer() {
        return Optional.ofNullable(organizer);
    }
}

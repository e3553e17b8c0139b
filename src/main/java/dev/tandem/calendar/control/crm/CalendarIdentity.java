package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.ParticipationStatus;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The addresses under which a user appears in calendar objects (RFC 5545 CAL-ADDRESS): the Tandem user's email and
 * the CalDAV login when it is an address. They tell whether the user organises an event and what they answered.
 */
public record CalendarIdentity(Set<String> addresses) {

    public CalendarIdentity {
        addresses = addresses.stream().filter(a -> a != null && a.contains("@"))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static CalendarIdentity of(Collection<String> addresses) {
        return new CalendarIdentity(Set.copyOf(addresses.stream().filter(a -> a != null).toList()));
    }

    /**
     * The identity sync and API share: the user's email and the CalDAV login, each counted when it is an address.
     *
     * @param calDavLogin null when the user has no calendar account
     */
    public static CalendarIdentity forUser(String userEmail, String calDavLogin) {
        return of(Arrays.asList(userEmail, calDavLogin));
    }

    public boolean isMe(CalendarPerson person) {
        return addresses.contains(person.email());
    }

    /** The user's answer when they are among the attendees. */
    public Optional<ParticipationStatus> findMyStatus(CalendarItem item) {
        return item.attendees().stream().filter(attendee -> isMe(attendee.person())).map(Attendee::status)
                .findFirst();
    }

    /** Whether someone else organises the item: only then is it another person's invitation. */
    public boolean organisedBySomeoneElse(CalendarItem item) {
        return item.findOrganizer().map(organizer -> !isMe(organizer)).orElse(false);
    }
}

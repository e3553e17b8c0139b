package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.crm.CalendarIdentities;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.recurrence.Occurrence;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.entity.AppUser;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds event views for a request: parses the stored texts, expands series and looks the people up once. */
@RequestScoped
public class EventViewing {

    private final ICalendarCodec codec = new ICalendarCodec();

    @Inject
    Contacts contacts;

    @Inject
    CalendarIdentities identities;

    List<EventView> occurrences(AppUser user, List<CalendarEntry> entries, OffsetDateTime from, OffsetDateTime to) {
        var occurrences = new EventOccurrences(from.getOffset());
        Map<CalendarEntry, CalendarItem> items = new HashMap<>();
        entries.forEach(entry -> items.put(entry, codec.parse(entry.getIcalendar())));
        EventViews views = views(user, items.values());
        var found = new ArrayList<EventView>();
        for (CalendarEntry entry : entries) {
            CalendarItem item = items.get(entry);
            for (Occurrence occurrence : occurrences.in(entry.getIcalendar(), item, from, to)) {
                found.add(views.of(entry.getId(), entry.getOrigin(), item, occurrence));
            }
        }
        found.sort(Comparator.comparing((EventView v) -> instant(v.start())).thenComparing(EventView::id));
        return found;
    }

    EventView single(AppUser user, CalendarEntry entry) {
        CalendarItem item = codec.parse(entry.getIcalendar());
        var own = new Occurrence(item.start(), item.start(), item.end(), item.summary(), false);
        return views(user, List.of(item)).of(entry.getId(), entry.getOrigin(), item, own);
    }

    private EventViews views(AppUser user, java.util.Collection<CalendarItem> items) {
        Set<String> emails = items.stream().flatMap(EventViews::people).map(p -> p.email())
                .collect(Collectors.toSet());
        var links = new HashMap<String, EventViews.ContactLink>();
        for (Contact contact : contacts.findByEmails(emails)) {
            var link = new EventViews.ContactLink(contact.getId(), contact.findCompany().map(Company::getId)
                    .orElse(null));
            contact.getEmails().forEach(email -> links.put(email.toLowerCase(java.util.Locale.ROOT), link));
        }
        return new EventViews(identities.of(user), links);
    }

    private static java.time.Instant instant(String start) {
        return start.length() == 10 ? java.time.LocalDate.parse(start).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(start).toInstant();
    }
}

package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.AttendeeEdit;
import dev.tandem.calendar.control.item.CalendarException;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.EventData;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.ReadOnlyReason;
import dev.tandem.calendar.control.item.RecurrenceShape;
import dev.tandem.calendar.control.item.TaskData;
import dev.tandem.calendar.control.item.TaskStatus;
import dev.tandem.calendar.entity.CalendarEntry;
import dev.tandem.calendar.entity.Origin;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.entity.AppUser;
import dev.tandem.crm.entity.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a user does to their CRM calendar through the API: create events and tasks (origin CRM; sync pushes them),
 * change and delete what the {@link EditRule} allows. Edits are applied onto the stored iCalendar text, so the
 * provider's extra properties, attendees' answers and SEQUENCE stay as they were (no attendee spam); SEQUENCE
 * moves only when attendees are invited or uninvited or a meeting's time changes (RFC 5546 §2.1.4). New
 * invitations carry the CRM contact's name.
 */
@ApplicationScoped
public class CrmCalendar {

    @Inject
    CalendarEntries entries;

    @Inject
    CalendarIdentities identities;

    @Inject
    Contacts contacts;

    @Inject
    Clock clock;

    public CalendarEntry createEvent(AppUser user, EventData data) {
        String uid = UUID.randomUUID() + "@tandem";
        AttendeeEdit invited = attendeeEdit(user, data.findAttendees().orElse(List.of()));
        CalendarPerson organizer = invited.invitesAnyone() ? invited.organizer() : null;
        List<Attendee> attendees = invited.attendees().stream()
                .map(person -> new Attendee(person, ParticipationStatus.NEEDS_ACTION)).toList();
        var item = new CalendarItem(uid, ItemKind.EVENT, data.title(), data.description(), data.location(),
                data.start(), data.end(), organizer, attendees, RecurrenceShape.SINGLE, 0, null, null, null, null);
        return insert(user, item);
    }

    public CalendarEntry createTask(AppUser user, TaskData data) {
        String uid = UUID.randomUUID() + "@tandem";
        var item = new CalendarItem(uid, ItemKind.TASK, data.title(), data.description(), "", null, null, null,
                List.of(), RecurrenceShape.SINGLE, 0, data.due(), data.completed() ? clock.instant() : null,
                data.completed() ? TaskStatus.COMPLETED : TaskStatus.NEEDS_ACTION, null);
        return insert(user, item);
    }

    public CalendarEntry updateEvent(AppUser user, long id, EventData data) {
        CalendarEntry entry = getWritable(user, id, ItemKind.EVENT);
        CalendarItemEdit edit = CalendarItemEdit.none().withSummary(data.title()).withDescription(data.description())
                .withLocation(data.location()).withStart(data.start()).withEnd(data.end());
        Optional<AttendeeEdit> attendees = data.findAttendees().map(emails -> attendeeEdit(user, emails));
        return save(user, entry, attendees.map(edit::withAttendees).orElse(edit));
    }

    public CalendarEntry updateTask(AppUser user, long id, TaskData data) {
        CalendarEntry entry = getWritable(user, id, ItemKind.TASK);
        CalendarItem now = codec().parse(entry.getIcalendar());
        CalendarItemEdit edit = CalendarItemEdit.none().withSummary(data.title()).withDescription(data.description())
                .withDue(data.due());
        boolean wasDone = now.findCompleted().isPresent() || now.status() == TaskStatus.COMPLETED;
        if (data.completed() && !wasDone) {
            edit = edit.withCompleted(clock.instant());
        } else if (!data.completed() && wasDone) {
            edit = edit.withReopened();
        }
        return save(user, entry, edit);
    }

    public void delete(AppUser user, long id, ItemKind kind) {
        getWritable(user, id, kind);
        entries.remove(user.getId(), id);
    }

    /** @throws CalendarException NOT_FOUND for another user's or another kind's entry */
    public CalendarEntry get(AppUser user, long id, ItemKind kind) {
        return entries.findEntry(user.getId(), id).filter(e -> e.getKind().equals(kind.name()))
                .orElseThrow(() -> CalendarException.notFound(what(kind), id));
    }

    public Optional<ReadOnlyReason> findReadOnlyReason(AppUser user, CalendarEntry entry) {
        CalendarItem item = codec().parse(entry.getIcalendar());
        return EditRule.findReadOnlyReason(entry.getOrigin(), item, identities.of(user));
    }

    /** The user organises what they invite to; new attendees who are CRM contacts get the contact's name. */
    private AttendeeEdit attendeeEdit(AppUser user, List<String> emails) {
        var names = new HashMap<String, String>();
        for (Contact contact : contacts.findByEmails(emails)) {
            contact.getEmails().forEach(email -> names.put(email.toLowerCase(Locale.ROOT), contact.getName()));
        }
        return AttendeeEdit.of(emails, names, new CalendarPerson(user.getEmail(), user.getDisplayName()));
    }

    private CalendarEntry getWritable(AppUser user, long id, ItemKind kind) {
        CalendarEntry entry = get(user, id, kind);
        findReadOnlyReason(user, entry).ifPresent(reason -> {
            throw CalendarException.readOnly(what(kind), id, reason);
        });
        return entry;
    }

    private CalendarEntry insert(AppUser user, CalendarItem item) {
        String text = codec().create(item);
        return entries.insert(user.getId(), item.uid(), Origin.CRM, text,
                EntryColumnsOf.of(codec().parse(text), identities.of(user)));
    }

    private CalendarEntry save(AppUser user, CalendarEntry entry, CalendarItemEdit edit) {
        String text = codec().applyEdit(entry.getIcalendar(), edit);
        return entries.edit(user.getId(), entry.getId(), entry.getVersion(), text,
                EntryColumnsOf.of(codec().parse(text), identities.of(user)));
    }

    private ICalendarCodec codec() {
        return new ICalendarCodec(clock, ZoneOffset.UTC);
    }

    private static String what(ItemKind kind) {
        return kind == ItemKind.EVENT ? "event" : "task";
    }
}

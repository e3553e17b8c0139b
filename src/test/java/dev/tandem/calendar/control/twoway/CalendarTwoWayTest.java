package dev.tandem.calendar.control.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.collection.CalDavItemStore;
import dev.tandem.calendar.control.collection.CollectionStateStore;
import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.crm.EntryColumnsOf;
import dev.tandem.calendar.control.crm.InMemoryCrmCalendarRows;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.ical.ICalendarSamples;
import dev.tandem.calendar.control.item.Attendee;
import dev.tandem.calendar.control.item.AttendeeEdit;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarPerson;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.TaskStatus;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.twoway.InMemoryStatusStore;
import dev.tandem.testsupport.RadicaleServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's calendar rules end to end without a container: the CRM store (over the in-memory persistence double)
 * against a real Radicale calendar, through {@link KindSync}.
 */
class CalendarTwoWayTest {

    private static final long OWNER = 7;
    private static final AtomicInteger CALENDARS = new AtomicInteger();
    private static RadicaleServer radicale;

    private final CalDavClient client = new CalDavClient(new CalDavCredentials("alice", "alice-pass"));
    private final CalendarIdentity me = new CalendarIdentity(Set.of("alice@tandem.test"));
    private final CrmCalendarSide crmSide = new CrmCalendarSide(OWNER, me);
    private final ICalendarCodec codec = crmSide.codec;
    private final InMemoryCrmCalendarRows rows = crmSide.rows;
    private final InMemoryStatusStore statuses = new InMemoryStatusStore();
    private final CollectionStateStore collectionState = CollectionStateStore.inMemory();
    private final List<CalendarItem> mails = new ArrayList<>();
    private final List<SyncOutcome> ledger = new ArrayList<>();
    private URI calendar;

    @BeforeAll
    static void startRadicale() {
        radicale = RadicaleServer.start();
        radicale.addUser("alice", "alice-pass");
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @BeforeEach
    void newCalendar() {
        calendar = radicale.createCalendar("alice", "cal" + CALENDARS.incrementAndGet(), "Work", "VEVENT", "VTODO");
    }

    private Optional<String> run(ItemKind kind) {
        var crm = new CrmItemStore(rows, OWNER, kind, me, codec);
        var provider = new CalDavItemStore(client, calendar, Set.of(kind), collectionState);
        return new KindSync(kind, crm, provider, statuses, (k, ref, summary, outcome, reason) -> ledger.add(outcome),
                0.5, mails::add).run();
    }

    @Test
    void providerEventArrivesOnceWithOneMailAndItsChangeSendsNone() {
        client.create(calendar, "p1", event("p1", "Demo at Acme", ""));
        run(ItemKind.EVENT);
        assertEquals(1, mails.size());
        assertTrue(crmText("p1").contains("SUMMARY:Demo at Acme"));

        var ref = client.listItems(calendar).get(0);
        client.update(ref.href(), event("p1", "Demo at Acme (moved)", ""), ref.etag());
        run(ItemKind.EVENT);
        assertEquals(1, mails.size(), "changes send no mail");
        assertTrue(crmText("p1").contains("SUMMARY:Demo at Acme (moved)"));
        ledger.clear();
        run(ItemKind.EVENT);
        assertTrue(ledger.isEmpty(), "a run without changes writes nothing: " + ledger);
    }

    @Test
    void crmEditKeepsAlarmXPropertiesTimeZoneAttendeesAndSequenceAtTheProvider() {
        String rich = ICalendarSamples.RICH_EVENT.replace("mailto:Ana@Example.com", "mailto:alice@tandem.test");
        client.create(calendar, "rich-1@example.com", rich);
        run(ItemKind.EVENT);
        editInCrm("rich-1@example.com", CalendarItemEdit.none().withSummary("Quarterly review (CRM)"));
        run(ItemKind.EVENT);

        String atProvider = client.get(client.listItems(calendar).get(0).href()).icalendar();
        assertTrue(atProvider.contains("SUMMARY:Quarterly review (CRM)"), atProvider);
        for (String kept : List.of("BEGIN:VALARM", "X-FOO;X-PARAM=1:bar", "DTSTART;TZID=Europe/Madrid:20240315T100000",
                "mailto:bo@example.com", "SEQUENCE:3", "CATEGORIES:Sales,Review", "CONFERENCE")) {
            assertTrue(atProvider.contains(kept), kept + " lost in\n" + atProvider);
        }
    }

    @Test
    void crmAttendeeEditReachesTheProviderWithAnswersAndEverythingElseKept() {
        String rich = ICalendarSamples.RICH_EVENT.replace("mailto:Ana@Example.com", "mailto:alice@tandem.test");
        client.create(calendar, "rich-1@example.com", rich);
        run(ItemKind.EVENT);
        var attendees = AttendeeEdit.of(List.of("bo@example.com", "eve@acme.com"), java.util.Map.of("eve@acme.com",
                "Eve Stone"), new CalendarPerson("alice@tandem.test", "Alice"));
        editInCrm("rich-1@example.com", CalendarItemEdit.none().withAttendees(attendees));
        run(ItemKind.EVENT);

        String atProvider = client.get(client.listItems(calendar).get(0).href()).icalendar();
        CalendarItem seen = codec.parse(atProvider);
        assertEquals(List.of(new Attendee(new CalendarPerson("bo@example.com", "Bo Li"), ParticipationStatus.ACCEPTED),
                new Attendee(new CalendarPerson("eve@acme.com", "Eve Stone"), ParticipationStatus.NEEDS_ACTION)),
                seen.attendees());
        assertEquals(4, seen.sequence(), "the attendees are told");
        assertEquals("alice@tandem.test", seen.organizer().email());
        String unfolded = atProvider.replace("\r\n ", "");
        for (String kept : List.of("BEGIN:VALARM", "X-FOO;X-PARAM=1:bar", "DTSTART;TZID=Europe/Madrid:20240315T100000",
                "CATEGORIES:Sales,Review", "CONFERENCE", "SUMMARY:Quarterly review", "RSVP=TRUE")) {
            assertTrue(unfolded.contains(kept), kept + " lost in\n" + atProvider);
        }
    }

    @Test
    void crmEventIsPushedAndDeletionsGoBothWays() {
        createInCrm("c1", "Call with Ana");
        createInCrm("c2", "Lunch with Bo");
        createInCrm("c3", "Offer review");
        run(ItemKind.EVENT);
        assertEquals(3, client.listItems(calendar).size());
        assertTrue(mails.isEmpty(), "pushing CRM events announces nothing");

        var c1 = rows.list(OWNER, ItemKind.EVENT).stream().filter(r -> r.uid().equals("c1")).findFirst().orElseThrow();
        rows.delete(OWNER, c1.id(), c1.version());
        run(ItemKind.EVENT);
        assertEquals(2, client.listItems(calendar).size());

        var atProvider = client.listItems(calendar).get(0);
        client.delete(atProvider.href(), atProvider.etag());
        run(ItemKind.EVENT);
        assertEquals(1, rows.list(OWNER, ItemKind.EVENT).size());
    }

    @Test
    void emptiedProviderCalendarTripsTheGuardAndNothingIsDeleted() {
        for (int i = 0; i < 6; i++) {
            createInCrm("g" + i, "Meeting " + i);
        }
        run(ItemKind.EVENT);
        for (var ref : client.listItems(calendar).subList(0, 4)) {
            client.delete(ref.href(), ref.etag());
        }
        Optional<String> refusal = run(ItemKind.EVENT);
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("would delete 4 of 6"), refusal.get());
        assertEquals(6, rows.list(OWNER, ItemKind.EVENT).size());
    }

    @Test
    void taskRoundTripCarriesCompletion() {
        String uid = "t1";
        String text = codec.create(CalendarItem.newTask(uid, "Send offer", null));
        rows.insertFromProvider(OWNER, uid, text, EntryColumnsOf.of(codec.parse(text), me));
        run(ItemKind.TASK);
        var ref = client.listItems(calendar).get(0);
        String done = codec.applyEdit(client.get(ref.href()).icalendar(),
                CalendarItemEdit.none().withCompleted(java.time.Instant.parse("2026-12-01T10:00:00Z")));
        client.update(ref.href(), done, ref.etag());
        run(ItemKind.TASK);
        assertTrue(codec.parse(crmText(uid)).findCompleted().isPresent());
        assertEquals(Optional.of(TaskStatus.COMPLETED), codec.parse(crmText(uid)).findStatus());
        assertFalse(run(ItemKind.EVENT).isPresent());
        assertTrue(mails.isEmpty());
    }

    private void createInCrm(String uid, String title) {
        crmSide.createEvent(uid, title);
    }

    private void editInCrm(String uid, CalendarItemEdit edit) {
        crmSide.edit(uid, edit);
    }

    private String crmText(String uid) {
        return crmSide.text(uid);
    }

    private static String event(String uid, String summary, String extra) {
        return ICalendarSamples.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:20261130T090000Z", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z",
                "SUMMARY:" + summary + extra, "END:VEVENT", "END:VCALENDAR");
    }
}

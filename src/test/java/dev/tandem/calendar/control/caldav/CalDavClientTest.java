package dev.tandem.calendar.control.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.dav.CalDavAuthException;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.dav.CalDavNotFoundException;
import dev.tandem.calendar.control.dav.CalDavPreconditionFailedException;
import dev.tandem.calendar.control.dav.CalDavSyncTokenInvalidException;
import dev.tandem.testsupport.RadicaleServer;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class CalDavClientTest {

    private static RadicaleServer radicale;
    private static CalDavClient client;

    @BeforeAll
    static void startRadicale() {
        radicale = RadicaleServer.start();
        radicale.addUser("ana", "s3cret:with colon");
        radicale.addUser("bob", "bob-pass");
        radicale.createCalendar("bob", "work", "Work", "VEVENT");
        radicale.createCalendar("bob", "tasks", "Tasks", "VTODO");
        client = new CalDavClient(new CalDavCredentials("ana", "s3cret:with colon"));
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @Test
    void discoversCalendarsFromTheServerRoot() {
        CalendarHome home = bob().discover(radicale.baseUri());

        assertEquals(radicale.principalUri("bob"), home.principal());
        assertEquals(radicale.principalUri("bob"), home.home());
        CalendarCollection events = home.findEventCalendar().orElseThrow();
        assertEquals(radicale.principalUri("bob").resolve("work/"), events.href());
        assertEquals("Work", events.findDisplayName().orElseThrow());
        assertEquals(Set.of("VEVENT"), events.components());
        assertTrue(events.findCtag().isPresent());
        assertTrue(events.findSyncToken().isPresent());
        assertEquals(radicale.principalUri("bob").resolve("tasks/"), home.findTaskCalendar().orElseThrow().href());
    }

    @Test
    void discoversCalendarsFromThePrincipalUrl() {
        CalendarHome home = bob().discover(radicale.principalUri("bob"));

        Set<String> names = home.calendars().stream().map(c -> c.findDisplayName().orElse(""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Work", "Tasks"), names);
        assertEquals("Tasks", home.findTaskCalendar().flatMap(CalendarCollection::findDisplayName).orElseThrow());
    }

    @Test
    void wrongPasswordIsAnAuthFailureThatDoesNotRevealThePassword() {
        var intruder = new CalDavClient(new CalDavCredentials("ana", "guess-123"));

        var failure = assertThrows(CalDavAuthException.class, () -> intruder.discover(radicale.baseUri()));

        assertEquals(401, failure.status());
        assertFalse(failure.getMessage().contains("guess-123"));
    }

    @Test
    void secondCreateOfTheSameUidFailsItsPrecondition() {
        URI calendar = newCalendar();
        String uid = UUID.randomUUID().toString();

        CalendarObjectRef created = client.create(calendar, uid, event(uid, "First"));

        assertThrows(CalDavPreconditionFailedException.class, () -> client.create(calendar, uid, event(uid, "Again")));
        CalendarObject stored = client.get(created.href());
        assertTrue(stored.icalendar().contains("SUMMARY:First"));
        assertEquals(created.etag(), stored.etag());
    }

    @Test
    void uidWithSlashesAndSpacesStaysInsideTheCollection() {
        URI calendar = newCalendar();
        String uid = "../odd uid/ñ@example.com";

        CalendarObjectRef created = client.create(calendar, uid, event(uid, "Odd"));

        assertTrue(created.href().getPath().startsWith(calendar.getPath()), created.href().toString());
        assertEquals(List.of(created), client.listItems(calendar));
        assertThrows(CalDavPreconditionFailedException.class, () -> client.create(calendar, uid, event(uid, "Twin")));
    }

    @Test
    void updateWithAStaleEtagFailsAndLeavesTheNewerVersion() {
        URI calendar = newCalendar();
        String uid = UUID.randomUUID().toString();
        CalendarObjectRef v1 = client.create(calendar, uid, event(uid, "One"));
        CalendarObjectRef v2 = client.update(v1.href(), event(uid, "Two"), v1.etag());

        assertNotEquals(v1.etag(), v2.etag());
        assertThrows(CalDavPreconditionFailedException.class,
                () -> client.update(v1.href(), event(uid, "Stale"), v1.etag()));
        assertTrue(client.get(v1.href()).icalendar().contains("SUMMARY:Two"));
    }

    @Test
    void deleteNeedsTheCurrentEtag() {
        URI calendar = newCalendar();
        String uid = UUID.randomUUID().toString();
        CalendarObjectRef v1 = client.create(calendar, uid, event(uid, "One"));
        CalendarObjectRef v2 = client.update(v1.href(), event(uid, "Two"), v1.etag());

        assertThrows(CalDavPreconditionFailedException.class, () -> client.delete(v1.href(), v1.etag()));
        client.delete(v2.href(), v2.etag());

        assertThrows(CalDavNotFoundException.class, () -> client.get(v2.href()));
        assertEquals(List.of(), client.listItems(calendar));
    }

    @Test
    void syncCollectionReportsAddedChangedAndDeletedMembers() {
        URI calendar = newCalendar();
        CalendarObjectRef kept = client.create(calendar, "kept", event("kept", "Kept"));
        CalendarObjectRef changed = client.create(calendar, "changed", event("changed", "Before"));
        CalendarObjectRef removed = client.create(calendar, "removed", event("removed", "Removed"));
        SyncCollectionResult initial = client.syncCollection(calendar, null);
        assertEquals(Set.of(kept, changed, removed), Set.copyOf(initial.changed()));

        CalendarObjectRef changedNow = client.update(changed.href(), event("changed", "After"), changed.etag());
        client.delete(removed.href(), removed.etag());
        CalendarObjectRef added = client.create(calendar, "added", event("added", "Added"));
        SyncCollectionResult next = client.syncCollection(calendar, initial.syncToken());

        assertEquals(Set.of(changedNow, added), Set.copyOf(next.changed()));
        assertEquals(List.of(removed.href()), next.deleted());
        assertNotEquals(initial.syncToken(), next.syncToken());
        SyncCollectionResult quiet = client.syncCollection(calendar, next.syncToken());
        assertEquals(List.of(), quiet.changed());
        assertEquals(List.of(), quiet.deleted());
    }

    @Test
    void unknownSyncTokenTellsTheCallerToListEverything() {
        URI calendar = newCalendar();
        String forged = "http://radicale.org/ns/sync/" + "0".repeat(64);

        assertThrows(CalDavSyncTokenInvalidException.class, () -> client.syncCollection(calendar, forged));
    }

    @Test
    void multigetFetchesManyBodiesAndSkipsMissingOnes() {
        URI calendar = newCalendar();
        CalendarObjectRef a = client.create(calendar, "a", event("a", "Alpha"));
        CalendarObjectRef b = client.create(calendar, "b", event("b", "Beta"));
        URI missing = calendar.resolve("missing.ics");

        List<CalendarObject> objects = client.multiget(calendar, List.of(a.href(), b.href(), missing));

        assertEquals(Set.of(a, b), objects.stream().map(CalendarObject::ref).collect(Collectors.toSet()));
        assertTrue(objects.stream().anyMatch(o -> o.icalendar().contains("SUMMARY:Beta")));
    }

    @Test
    void collectionCtagMovesWhenAMemberChanges() {
        URI calendar = newCalendar();
        String before = client.getCollection(calendar).findCtag().orElseThrow();

        client.create(calendar, "x", event("x", "X"));

        assertNotEquals(before, client.getCollection(calendar).findCtag().orElseThrow());
    }

    private static CalDavClient bob() {
        return new CalDavClient(new CalDavCredentials("bob", "bob-pass"));
    }

    private static URI newCalendar() {
        String name = "cal-" + UUID.randomUUID();
        return radicale.createCalendar("ana", name, name, "VEVENT", "VTODO");
    }

    public static String event(String uid, String summary) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem test//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T000000Z", "DTSTART:20240301T100000Z",
                "DTEND:20240301T110000Z", "SUMMARY:" + summary, "END:VEVENT", "END:VCALENDAR", "");
    }
}

package dev.tandem.calendar.control.twoway;

import static dev.tandem.calendar.control.graph.GraphJsonSamples.array;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.attendee;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.meeting;
import static dev.tandem.calendar.control.graph.GraphJsonSamples.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.EditRule;
import dev.tandem.calendar.control.graph.GraphException;
import dev.tandem.calendar.control.graph.GraphFailures;
import dev.tandem.calendar.control.graph.GraphItemStore;
import dev.tandem.calendar.control.graph.GraphStateStore;
import dev.tandem.calendar.control.graph.GraphStores;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ParticipationStatus;
import dev.tandem.calendar.control.item.ReadOnlyReason;
import dev.tandem.calendar.entity.Origin;
import dev.tandem.connection.control.SyncFailure;
import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.twoway.InMemoryStatusStore;
import dev.tandem.testsupport.GraphStandIn;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's calendar rules with a Microsoft Graph calendar, without a container: the CRM store (over the
 * in-memory persistence double) against the Graph stand-in over HTTP, through the same {@link KindSync} CalDAV uses.
 */
class GraphTwoWayTest {

    private static final long OWNER = 7;

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");
    private final CalendarIdentity me = new CalendarIdentity(Set.of("ana@tandem.test", "ana@contoso.test"));
    private final CrmCalendarSide crm = new CrmCalendarSide(OWNER, me);
    private final InMemoryStatusStore statuses = new InMemoryStatusStore();
    private final GraphStateStore graphState = GraphStateStore.inMemory();
    private final List<CalendarItem> mails = new ArrayList<>();
    private final List<SyncOutcome> ledger = new ArrayList<>();

    @AfterEach
    void stop() {
        graph.close();
    }

    private Optional<String> run() {
        GraphItemStore provider = GraphStores.store(graph, "token-1", graphState);
        return new KindSync(ItemKind.EVENT, crm.store(ItemKind.EVENT), provider, statuses,
                (k, ref, summary, outcome, reason) -> ledger.add(outcome), 0.5, mails::add).run();
    }

    @Test
    void anEventCreatedInTheCrmReachesOutlookAndAnOutlookEditComesBack() {
        crm.createEvent("crm-1@tandem.test", "Call with Ana");
        run();
        var created = graph.events().get(0);
        assertEquals("crm-1@tandem.test", created.getString("transactionId"));
        assertEquals("Call with Ana", created.getString("subject"));
        assertEquals("2026-12-01T08:00:00.0000000", created.getJsonObject("start").getString("dateTime"));

        graph.edit(created.getString("id"), Json.createObjectBuilder().add("subject", "Call with Ana (moved)")
                .add("location", Json.createObjectBuilder().add("displayName", "Teams")).build());
        run();
        String inCrm = crm.text("crm-1@tandem.test");
        assertTrue(inCrm.contains("SUMMARY:Call with Ana (moved)") && inCrm.contains("LOCATION:Teams"), inCrm);
        assertEquals(List.of("crm-1@tandem.test"), crm.uids(ItemKind.EVENT));
        assertEquals(1, graph.events().size(), "no echo back to Outlook as a second event");
    }

    @Test
    void anOutlookEventArrivesOnceWithOneMailAndAQuietRunChangesNothing() {
        graph.addEvent(meeting("Demo at Acme").build());
        run();
        assertEquals(1, mails.size());
        ledger.clear();
        graph.clearLog();
        run();
        assertTrue(ledger.isEmpty(), "a run without changes writes nothing: " + ledger);
        assertEquals(1, graph.requests().size(), graph.requests()::toString);
    }

    @Test
    void aCrmEditOfAnOutlookMeetingSendsOnlyWhatChanged() {
        String id = graph.addEvent(meeting("Quarterly review").add("attendees",
                array(attendee("carl@acme.test", "required", "accepted"))).build());
        run();
        String uid = graph.event(id).orElseThrow().getString("iCalUId");
        crm.edit(uid, CalendarItemEdit.none().withDescription("Bring the figures"));
        graph.clearLog();
        run();
        var patches = graph.bodies();
        assertEquals(1, patches.size(), graph.requests()::toString);
        assertEquals(Set.of("body"), patches.get(0).keySet());
        assertEquals("Bring the figures", graph.event(id).orElseThrow().getJsonObject("body").getString("content"));
    }

    @Test
    void anInvitationIsReadOnlyInTheCrmWithMyAnswer() {
        graph.addEvent(meeting("Offer at Acme").add("organizer", person("bob@acme.test", "Bob"))
                .add("responseStatus", Json.createObjectBuilder().add("response", "accepted")).build());
        run();
        CalendarItem item = crm.codec.parse(crm.text(crm.uids(ItemKind.EVENT).get(0)));
        assertEquals(Optional.of(ParticipationStatus.ACCEPTED), me.findMyStatus(item));
        assertEquals(Optional.of(ReadOnlyReason.EXTERNAL_INVITATION),
                EditRule.findReadOnlyReason(Origin.PROVIDER, item, me));
    }

    @Test
    void anExpiredDeltaLinkResyncsFullyWithoutDuplicates() {
        graph.addEvent(meeting("One").build());
        crm.createEvent("crm-2@tandem.test", "Two");
        run();
        assertEquals(2, graph.events().size());
        graph.addEvent(meeting("Three").build());
        graph.expireDeltaLinks();
        ledger.clear();
        run();
        assertEquals(3, crm.uids(ItemKind.EVENT).size(), crm.uids(ItemKind.EVENT)::toString);
        assertEquals(3, graph.events().size(), "nothing pushed twice");
        assertEquals(List.of(SyncOutcome.ADDED), ledger.stream().distinct().toList(), ledger::toString);
    }

    @Test
    void anUnreadableOutlookEventIsAFailedLedgerLineAndDeletesNothing() {
        String known = graph.addEvent(meeting("Known").build());
        run();
        var broken = Json.createObjectBuilder().add("dateTime", "soon").add("timeZone", "UTC").build();
        graph.edit(known, Json.createObjectBuilder().add("subject", "Known (broken)").add("start", broken).build());
        graph.addEvent(meeting("New and broken").add("start", broken).build());
        ledger.clear();
        run();
        assertEquals(List.of(SyncOutcome.FAILED, SyncOutcome.FAILED), ledger, ledger::toString);
        assertEquals(1, crm.uids(ItemKind.EVENT).size(), "the known event is kept as it was, the new one waits");
        assertTrue(crm.text(crm.uids(ItemKind.EVENT).get(0)).contains("SUMMARY:Known\r\n"));

        graph.edit(known, meeting("Known (fixed)").build());
        ledger.clear();
        run();
        assertTrue(crm.text(crm.uids(ItemKind.EVENT).get(0)).contains("SUMMARY:Known (fixed)"));
    }

    @Test
    void aRevokedTokenEndsTheRunAsAnAuthFailure() {
        graph.addEvent(meeting("One").build());
        run();
        graph.acceptOnly("token-2");
        GraphException e = assertThrows(GraphException.class, this::run);
        assertEquals(SyncFailure.Category.AUTH, GraphFailures.of(e).category());
    }
}

package dev.tandem.calendar.control.graph;

import static dev.tandem.calendar.control.graph.GraphJsonSamples.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.sync.spi.ItemRef;
import dev.tandem.testsupport.GraphStandIn;
import jakarta.json.Json;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delta link is the cursor: what a listing asks Graph for, after a first round and when Graph forgot it. */
class GraphListingTest {

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");
    private final GraphStateStore state = GraphStateStore.inMemory();

    @AfterEach
    void stop() {
        graph.close();
    }

    private Map<String, ItemRef> listAndSave() {
        GraphItemStore store = GraphStores.store(graph, "token-1", state);
        Map<String, ItemRef> items = store.list();
        store.saveState();
        return items;
    }

    @Test
    void anUnchangedCalendarCostsOneDeltaRequest() {
        graph.addEvent(meeting("Demo").build());
        listAndSave();
        graph.clearLog();
        Map<String, ItemRef> again = listAndSave();
        assertEquals(1, again.size());
        assertEquals(1, graph.requests().size(), graph.requests()::toString);
        assertTrue(graph.requests().get(0).startsWith("GET /v1.0/me/calendarView/delta?$deltatoken="),
                graph.requests()::toString);
    }

    @Test
    void theFirstRoundAsksForTheWindowInUtcAndTextBodies() {
        listAndSave();
        assertEquals(List.of("GET /v1.0/me/calendarView/delta?startDateTime=2025-12-08T00:00:00Z"
                + "&endDateTime=2028-12-07T00:00:00Z"), graph.requests());
        List<String> prefer = graph.headers().stream().filter(h -> h.getKey().equals("prefer"))
                .map(Map.Entry::getValue).toList();
        assertTrue(prefer.containsAll(List.of("outlook.timezone=\"UTC\"", "outlook.body-content-type=\"text\"",
                "odata.maxpagesize=100")), prefer::toString);
        assertTrue(graph.headers().contains(Map.entry("authorization", "Bearer token-1")));
    }

    @Test
    void aChangeInOutlookComesThroughTheDeltaLinkWithItsData() {
        String id = graph.addEvent(meeting("Demo").build());
        ItemRef before = listAndSave().values().iterator().next();
        graph.edit(id, Json.createObjectBuilder().add("subject", "Demo (moved)").build());
        graph.clearLog();
        GraphItemStore store = GraphStores.store(graph, "token-1", state);
        ItemRef after = store.list().values().iterator().next();
        assertNotEquals(before.etag(), after.etag());
        assertTrue(store.get(after.href()).content().contains("SUMMARY:Demo (moved)"));
        assertEquals(1, graph.requests().size(), "the delta page carried the event: " + graph.requests());
    }

    @Test
    void aLongCalendarIsReadPageByPage() {
        for (int i = 0; i < 130; i++) {
            graph.addEvent(meeting("Call " + i).build());
        }
        assertEquals(130, listAndSave().size());
        assertEquals(2, graph.requests().size(), graph.requests()::toString);
        assertTrue(graph.requests().get(1).contains("$skiptoken="), graph.requests()::toString);
    }

    @Test
    void anExpiredDeltaLinkStartsAFullRoundThatListsEveryEventOnce() {
        String kept = graph.addEvent(meeting("Kept").build());
        String gone = graph.addEvent(meeting("Gone").build());
        Map<String, ItemRef> first = listAndSave();
        graph.remove(gone);
        graph.addEvent(meeting("New").build());
        graph.expireDeltaLinks();
        graph.clearLog();

        Map<String, ItemRef> after = listAndSave();
        assertEquals(2, graph.requests().size(), graph.requests()::toString);
        assertTrue(graph.requests().get(0).contains("$deltatoken="));
        assertTrue(graph.requests().get(1).contains("startDateTime="), "410 Gone starts a new round");
        assertEquals(2, after.size(), after::toString);
        String keptUid = graph.event(kept).orElseThrow().getString("iCalUId");
        assertEquals(first.get(keptUid), after.get(keptUid), "the kept event is the same item, same version");
        graph.clearLog();
        listAndSave();
        assertEquals(1, graph.requests().size(), "the new round's delta link is the cursor now");
    }

    @Test
    void aLinkToAnotherServerIsNotFollowedWithTheToken() {
        GraphApi api = GraphStores.api(graph, "token-1", new java.util.ArrayList<>());
        URI elsewhere = URI.create(graph.root().replace("127.0.0.1", "localhost") + "me/calendarView/delta");
        GraphException e = org.junit.jupiter.api.Assertions.assertThrows(GraphException.class,
                () -> api.deltaPage(elsewhere));
        assertTrue(e.getMessage().contains("another server"), e.getMessage());
        assertTrue(graph.requests().isEmpty(), graph.requests()::toString);
    }

    @Test
    void anEventMovedOutOfTheWindowIsNotTakenForDeleted() {
        String id = graph.addEvent(meeting("Far away").build());
        listAndSave();
        graph.edit(id, Json.createObjectBuilder().add("start", GraphJsonSamples.time("2031-01-10T10:00:00", "UTC"))
                .add("end", GraphJsonSamples.time("2031-01-10T11:00:00", "UTC")).build());
        GraphItemStore store = GraphStores.store(graph, "token-1", state);
        Map<String, ItemRef> items = store.list();
        assertEquals(1, items.size(), "Graph reports it under @removed, but it only left the window");
        String content = store.get(items.values().iterator().next().href()).content();
        assertTrue(content.contains("DTSTART:20310110T100000Z"), content);
    }
}

package dev.tandem.calendar.control.graph;

import static dev.tandem.calendar.control.graph.GraphJsonSamples.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.SyncFailure;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.testsupport.GraphStandIn;
import dev.tandem.platform.OutboundAddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling, a revoked token and what they make of the session: waits as Retry-After asks (recorded by the test
 * sleeper, not spent), a bounded number of retries, then a TEMPORARY failure and no further request; 401 is AUTH.
 */
class GraphFailuresTest {

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");
    private final List<Duration> waits = new ArrayList<>();
    private final GraphItemStore store = GraphStores.store(graph, "token-1", GraphStateStore.inMemory(), waits);

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void aThrottledRequestWaitsWhatRetryAfterSaysAndThenSucceeds() {
        graph.addEvent(meeting("Demo").build());
        graph.throttleNext(2, "7");
        assertEquals(1, store.list().size());
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), waits);
        assertEquals(3, graph.requests().size(), graph.requests()::toString);
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedUntilThatMoment() {
        graph.throttleNext(1, "Tue, 08 Dec 2026 09:00:12 GMT");
        store.list();
        assertEquals(List.of(Duration.ofSeconds(12)), waits);
    }

    @Test
    void throttlingThatGoesOnEndsTheSessionAsTemporaryAfterThreeRetries() {
        graph.throttleNext(50, "5");
        GraphException e = assertThrows(GraphException.class, store::list);
        assertEquals(429, e.status());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), waits);
        assertEquals(4, graph.requests().size(), graph.requests()::toString);
        assertEquals(SyncFailure.Category.TEMPORARY, GraphFailures.of(e).category());

        assertThrows(ItemStoreException.class, () -> store.create("u1", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        assertEquals(4, graph.requests().size(), "a broken store sends nothing more");
        assertEquals(e, store.findSessionFailure().orElseThrow());
    }

    @Test
    void aRetryAfterBeyondTheBoundIsNotWaitedInTheSession() {
        graph.throttleNext(1, "3600");
        GraphException e = assertThrows(GraphException.class, store::list);
        assertTrue(waits.isEmpty(), waits::toString);
        assertEquals(1, graph.requests().size());
        assertEquals(SyncFailure.Category.TEMPORARY, GraphFailures.of(e).category());
    }

    @Test
    void aGraphRootOnAnInternalAddressIsRefusedBeforeAnythingIsSent() {
        var policy = new OutboundAddressPolicy(List.of(), host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        var api = new GraphApi(URI.create(graph.root()), new GraphHttp("token-1", Duration.ofSeconds(1),
                Duration.ofSeconds(1), policy, Throttling.defaults()));
        GraphException e = assertThrows(GraphException.class, api::describeDefaultCalendar);
        assertEquals(SyncFailure.Category.REFUSED, GraphFailures.of(e).category());
        assertTrue(graph.requests().isEmpty(), graph.requests()::toString);
    }

    @Test
    void aRevokedTokenIsAnAuthFailure() {
        graph.acceptOnly("token-2");
        GraphException e = assertThrows(GraphException.class, store::list);
        assertEquals(401, e.status());
        SyncFailure failure = GraphFailures.of(e);
        assertEquals(SyncFailure.Category.AUTH, failure.category());
        assertTrue(!failure.getMessage().contains("token-1"), "the token is never in a message");
    }
}

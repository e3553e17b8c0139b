package dev.tandem.calendar.control.graph;

import dev.tandem.platform.OutboundAddressPolicy;
import dev.tandem.testsupport.GraphStandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Graph stores and clients for tests, aimed at a {@link GraphStandIn}; the sleeper records waits, not spends them. */
public final class GraphStores {

    /** Tests run on 2026-12-08, the events they make fall within the window around it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    private GraphStores() {
    }

    public static GraphItemStore store(GraphStandIn graph, String token, GraphStateStore state) {
        return store(graph, token, state, new ArrayList<>());
    }

    /** @param waits receives every wait the client was asked to make before a retry */
    public static GraphItemStore store(GraphStandIn graph, String token, GraphStateStore state, List<Duration> waits) {
        return new GraphItemStore(api(graph, token, waits), state, new GraphViewRange(CLOCK, 365, 730),
                List.of("ana@contoso.test", "ana@tandem.test"));
    }

    public static GraphApi api(GraphStandIn graph, String token, List<Duration> waits) {
        Throttling throttling = new Throttling(Throttling.DEFAULT_MAX_RETRIES, Throttling.DEFAULT_MAX_WAIT,
                waits::add, CLOCK);
        return new GraphApi(URI.create(graph.root()), new GraphHttp(token, Duration.ofSeconds(5),
                Duration.ofSeconds(10), OutboundAddressPolicy.configured(), throttling));
    }
}

package dev.tandem.calendar.control.graph;

import dev.tandem.sync.spi.ItemStore;
import dev.tandem.sync.twoway.ItemStoreContract;
import dev.tandem.testsupport.GraphStandIn;
import org.junit.jupiter.api.AfterEach;

/**
 * The Graph store passes the contract every store must pass, against the Graph stand-in over HTTP: conditional
 * writes through transactionId and If-Match, listing through delta links.
 */
class GraphItemStoreContractTest extends ItemStoreContract {

    private GraphStandIn graph;

    @Override
    protected ItemStore newStore() {
        graph = GraphStandIn.start("ana@contoso.test", "token-1");
        return GraphStores.store(graph, "token-1", GraphStateStore.inMemory());
    }

    /** Graph ids are opaque: another id of the same form names nothing. */
    @Override
    protected String hrefOfNothing(String existingHref) {
        return existingHref.replace("%3D", "9%3D");
    }

    @AfterEach
    void stopGraph() {
        graph.close();
    }
}

package dev.tandem.calendar.control.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.GraphAccount;
import dev.tandem.connection.control.SyncFailure;
import dev.tandem.testsupport.GraphStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connecting a Graph calendar checks the token against the default calendar and says what will be synced. */
class GraphCalendarSyncTest {

    private final GraphStandIn graph = GraphStandIn.start("ana@contoso.test", "token-1");

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void verifyNamesTheCalendarAndSaysTasksAreNotSynced() {
        String found = new GraphCalendarSync().verify(new GraphAccount(graph.root(), "ana@contoso.test", "token-1"));
        assertEquals("Microsoft Graph calendar 'Calendar' of ana@contoso.test" + GraphCalendarSync.EVENTS_ONLY, found);
        assertTrue(found.contains("tasks"), found);
        assertEquals(java.util.List.of("GET /v1.0/me/calendar"), graph.requests());
    }

    @Test
    void verifyWithARejectedTokenAsksTheUserToSignInAgain() {
        SyncFailure failure = assertThrows(SyncFailure.class,
                () -> new GraphCalendarSync().verify(new GraphAccount(graph.root(), "ana@contoso.test", "tok-7f3a9")));
        assertEquals(SyncFailure.Category.AUTH, failure.category());
        assertTrue(!failure.getMessage().contains("tok-7f3a9"), "no token in messages: " + failure.getMessage());
    }
}

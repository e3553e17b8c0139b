package dev.tandem.connection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SyncConnectionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-08T10:00:00Z");

    @Test
    void connectingAgainStartsANewFirstSyncWithNothingLoggedYet() {
        var connection = new SyncConnection(7, NOW);
        connection.activate(Provider.IMAP, SyncMode.MAIL, "old@acme.com", "{}", "secret");
        connection.mailProgressed(0.5, 120);
        connection.mailSucceeded(NOW);
        connection.stop();

        connection.activate(Provider.IMAP, SyncMode.MAIL, "new@acme.com", "{}", "secret");

        assertEquals(0, connection.getMailImported());
        assertEquals(0.0, connection.getMailProgress());
        assertTrue(connection.getMail().findLastSyncAt().isEmpty(), "the new mailbox has not been synced yet");
        assertEquals(ConnectionState.ACTIVE, connection.getMail().findState().orElseThrow());
    }
}

package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncConnection;
import dev.tandem.connection.entity.SyncMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sync screen's progress: shown while a half's first sync runs, gone once it finished or failed. */
class PartViewTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void whileTheFirstImportRunsTheMailHalfShowsTheShareDoneAndTheMailsLoggedAndTheCalendarIsMarkedRunning() {
        SyncConnection connection = connected();
        connection.mailProgressed(0.4999, 120);

        PartView mail = PartView.mailOf(connection, Locale.ENGLISH).orElseThrow();
        assertTrue(mail.firstSyncRunning());
        assertEquals(49, mail.progressPercent(), "never rounded up to a share not yet done");
        assertEquals(120, mail.imported());
        PartView calendar = PartView.calendarOf(connection, Locale.ENGLISH).orElseThrow();
        assertTrue(calendar.firstSyncRunning());
        assertEquals(-1, calendar.progressPercent(), "the calendar cannot tell how far it got");
    }

    @Test
    void aFinishedFirstSyncIsNoLongerRunningAndSaysWhenItRan() {
        SyncConnection connection = connected();
        connection.mailProgressed(1.0, 400);
        connection.mailSucceeded(NOW);
        connection.getCalendar().succeeded(NOW);

        PartView mail = PartView.mailOf(connection, Locale.ENGLISH).orElseThrow();
        assertFalse(mail.firstSyncRunning());
        assertEquals(100, mail.progressPercent());
        assertEquals(400, mail.imported());
        assertTrue(mail.lastSync().startsWith("Dec 7, 2026"), mail.lastSync());
        assertFalse(PartView.calendarOf(connection, Locale.ENGLISH).orElseThrow().firstSyncRunning());
    }

    @Test
    void aFailedFirstSessionShowsItsErrorInsteadOfProgress() {
        SyncConnection connection = connected();
        connection.getMail().failed(ConnectionState.ERROR, "The mail server did not answer.", null);

        PartView mail = PartView.mailOf(connection, Locale.ENGLISH).orElseThrow();
        assertFalse(mail.firstSyncRunning());
        assertEquals("The mail server did not answer.", mail.lastError());
    }

    @Test
    void aHalfOutsideTheModeIsNotShown() {
        SyncConnection connection = new SyncConnection(7, NOW);
        connection.activate(Provider.IMAP, SyncMode.MAIL, "ana", "{}", "secret");

        assertTrue(PartView.calendarOf(connection, Locale.ENGLISH).isEmpty());
    }

    private static SyncConnection connected() {
        SyncConnection connection = new SyncConnection(7, NOW);
        connection.activate(Provider.CALDAV, SyncMode.MAIL_AND_CALENDAR, "ana", "{}", "secret");
        return connection;
    }
}

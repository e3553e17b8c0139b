package dev.tandem.connection.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.platform.TandemException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectRulesTest {

    private static final Optional<ImapAccount> IMAP = Optional.of(
            new ImapAccount("imap.example.com", 993, MailSecurity.SSL, "ana", "pw"));
    private static final Optional<CalDavAccount> CALDAV = Optional.of(
            new CalDavAccount("https://dav.example.com/", "ana", "pw"));

    @Test
    void pop3PortsAreRefusedWithTheReason() {
        for (int port : new int[] {110, 995}) {
            var pop3 = Optional.of(new ImapAccount("mail.example.com", port, MailSecurity.SSL, "ana", "pw"));
            var refused = assertThrows(ConnectionException.class,
                    () -> ConnectRules.check(new ConnectCommand(Provider.IMAP, SyncMode.MAIL, pop3, Optional.empty())));
            assertEquals(TandemException.Kind.INVALID, refused.kind());
            assertTrue(refused.getMessage().contains("deletes it from the server"));
        }
    }

    @Test
    void imapHasNoCalendar() {
        var refused = assertThrows(ConnectionException.class, () -> ConnectRules.check(
                new ConnectCommand(Provider.IMAP, SyncMode.MAIL_AND_CALENDAR, IMAP, CALDAV)));
        assertTrue(refused.getMessage().contains("IMAP gives mail only"));
    }

    @Test
    void eachModeNeedsItsAccounts() {
        assertThrows(ConnectionException.class, () -> ConnectRules.check(
                new ConnectCommand(Provider.CALDAV, SyncMode.MAIL_AND_CALENDAR, Optional.empty(), CALDAV)));
        assertThrows(ConnectionException.class, () -> ConnectRules.check(
                new ConnectCommand(Provider.CALDAV, SyncMode.CALENDAR, IMAP, Optional.empty())));
        assertDoesNotThrow(() -> ConnectRules.check(
                new ConnectCommand(Provider.CALDAV, SyncMode.MAIL_AND_CALENDAR, IMAP, CALDAV)));
        assertDoesNotThrow(() -> ConnectRules.check(new ConnectCommand(Provider.IMAP, SyncMode.MAIL, IMAP,
                Optional.empty())));
    }

    @Test
    void oauthProvidersAreSentToThePopUpInsteadOfTakingAPassword() {
        var refused = assertThrows(ConnectionException.class, () -> ConnectRules.check(
                new ConnectCommand(Provider.GMAIL, SyncMode.MAIL, IMAP, Optional.empty())));
        assertTrue(refused.getMessage().contains("oauth/start"), refused::getMessage);
        assertEquals("sync.refused.oauth", refused.findUserMessage().orElseThrow().key());
    }

    @Test
    void anOAuthStartNeedsAnOAuthProviderWithAConfiguredClient() {
        var catalog = new ProviderCatalog(key -> Optional.empty());

        var notConfigured = assertThrows(ConnectionException.class,
                () -> ConnectRules.checkOAuthStart(catalog.get(Provider.EXCHANGE)));
        assertTrue(notConfigured.getMessage().contains("not set up by your administrator"));
        assertTrue(notConfigured.getMessage().contains("tandem.provider.exchange.oauth.client-id"));
        var password = assertThrows(ConnectionException.class,
                () -> ConnectRules.checkOAuthStart(catalog.get(Provider.IMAP)));
        assertTrue(password.getMessage().contains("signs in with a password"));
        var configured = new ProviderCatalog(key -> key.equals("tandem.provider.exchange.oauth.client-id")
                ? Optional.of("tandem-app") : Optional.empty());
        assertDoesNotThrow(() -> ConnectRules.checkOAuthStart(configured.get(Provider.EXCHANGE)));
    }
}

package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SetupRulesTest {

    private static final ProviderCatalog NOTHING_CONFIGURED = new ProviderCatalog(key -> Optional.empty());
    private static final ProviderCatalog GOOGLE_CONFIGURED = new ProviderCatalog(
            key -> key.equals("tandem.provider.gmail.oauth.client-id") ? Optional.of("tandem") : Optional.empty());

    private static Optional<String> refusal(Provider provider, SyncMode mode) {
        return SetupRules.refusal(provider == null ? null : NOTHING_CONFIGURED.get(provider), mode);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"GMAIL", "EXCHANGE", "OUTLOOK_COM"})
    void oauthProvidersWithoutARegisteredClientAreNotSetUp(Provider provider) {
        assertEquals(Optional.of("sync.provider.notConfigured"), refusal(provider, SyncMode.MAIL));
    }

    @ParameterizedTest
    @EnumSource(value = SyncMode.class)
    void anOAuthProviderWithARegisteredClientGoesOnWithAnyMode(SyncMode mode) {
        assertEquals(Optional.empty(), SetupRules.refusal(GOOGLE_CONFIGURED.get(Provider.GMAIL), mode));
    }

    @ParameterizedTest
    @EnumSource(value = SyncMode.class, names = {"CALENDAR", "MAIL_AND_CALENDAR"})
    void imapCannotSyncACalendar(SyncMode mode) {
        assertEquals(Optional.of("sync.refused.imapCalendar"), refusal(Provider.IMAP, mode));
    }

    @Test
    void caldavAloneCannotSyncMail() {
        assertEquals(Optional.of("sync.refused.caldavMail"), refusal(Provider.CALDAV, SyncMode.MAIL));
    }

    @Test
    void nothingChosenAsksForAChoice() {
        assertEquals(Optional.of("sync.choose.missing"), refusal(null, SyncMode.MAIL));
    }

    @ParameterizedTest
    @EnumSource(value = SyncMode.class)
    void appPasswordProvidersGoOnWithAnyMode(SyncMode mode) {
        assertEquals(Optional.empty(), refusal(Provider.YAHOO, mode));
        assertEquals(Optional.empty(), refusal(Provider.ICLOUD, mode));
    }

    @Test
    void imapGoesOnWithMailOnly() {
        assertEquals(Optional.empty(), refusal(Provider.IMAP, SyncMode.MAIL));
    }
}

package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SetupRulesTest {

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"GMAIL", "EXCHANGE", "OUTLOOK_COM"})
    void oauthProvidersAreListedButCannotSignInYet(Provider provider) {
        assertEquals(Optional.of("sync.refused.oauth"), SetupRules.refusal(provider, SyncMode.MAIL));
    }

    @ParameterizedTest
    @EnumSource(value = SyncMode.class, names = {"CALENDAR", "MAIL_AND_CALENDAR"})
    void imapCannotSyncACalendar(SyncMode mode) {
        assertEquals(Optional.of("sync.refused.imapCalendar"), SetupRules.refusal(Provider.IMAP, mode));
    }

    @Test
    void caldavAloneCannotSyncMail() {
        assertEquals(Optional.of("sync.refused.caldavMail"), SetupRules.refusal(Provider.CALDAV, SyncMode.MAIL));
    }

    @Test
    void nothingChosenAsksForAChoice() {
        assertEquals(Optional.of("sync.choose.missing"), SetupRules.refusal(null, SyncMode.MAIL));
    }

    @ParameterizedTest
    @EnumSource(value = SyncMode.class)
    void appPasswordProvidersGoOnWithAnyMode(SyncMode mode) {
        assertEquals(Optional.empty(), SetupRules.refusal(Provider.YAHOO, mode));
        assertEquals(Optional.empty(), SetupRules.refusal(Provider.ICLOUD, mode));
    }

    @Test
    void imapGoesOnWithMailOnly() {
        assertEquals(Optional.empty(), SetupRules.refusal(Provider.IMAP, SyncMode.MAIL));
    }
}

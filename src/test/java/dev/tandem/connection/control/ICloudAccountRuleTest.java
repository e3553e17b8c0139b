package dev.tandem.connection.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An iCloud account other than the user's registered address is refused, and says which one to use. */
class ICloudAccountRuleTest {

    private static ConnectCommand icloud(String imapUser, String caldavUser) {
        return new ConnectCommand(Provider.ICLOUD, SyncMode.MAIL_AND_CALENDAR,
                Optional.of(new ImapAccount("imap.mail.me.com", 993, MailSecurity.SSL, imapUser, "app-pw")),
                Optional.of(new CalDavAccount("https://caldav.icloud.com/", caldavUser, "app-pw")));
    }

    @Test
    void theRegisteredAddressConnectsWhateverItsCase() {
        assertDoesNotThrow(() -> ICloudAccountRule.check(icloud("Ana@iCloud.com", "ana@icloud.com"),
                Optional.of("ana@icloud.com")));
    }

    @Test
    void anotherAccountIsRefusedNamingBothAddresses() {
        var refused = assertThrows(ConnectionException.class, () -> ICloudAccountRule.check(
                icloud("ana@icloud.com", "ana.private@icloud.com"), Optional.of("ana@icloud.com")));

        assertTrue(refused.getMessage().contains("ana.private@icloud.com is not the one registered for you"),
                refused::getMessage);
        assertEquals("sync.refused.icloudAccount", refused.findUserMessage().orElseThrow().key());
    }

    @Test
    void aUserWithoutAnAddressCannotSyncICloud() {
        var refused = assertThrows(ConnectionException.class, () -> ICloudAccountRule.check(
                icloud("ana@icloud.com", "ana@icloud.com"), Optional.empty()));
        assertTrue(refused.getMessage().contains("your user has none"));
    }

    @Test
    void otherProvidersAreNotConcerned() {
        var yahoo = new ConnectCommand(Provider.YAHOO, SyncMode.MAIL, Optional.of(new ImapAccount(
                "imap.mail.yahoo.com", 993, MailSecurity.SSL, "someone@yahoo.com", "pw")), Optional.empty());
        assertDoesNotThrow(() -> ICloudAccountRule.check(yahoo, Optional.of("ana@acme.test")));
    }
}

package dev.tandem.web.faces;

import dev.tandem.connection.control.ProviderPresets;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;

/**
 * Which choices of provider and mode the sign-in form can go on with, said before any password is typed (the
 * connection service checks the same again). Answers a message key whose argument is the provider's name.
 */
final class SetupRules {

    private SetupRules() {
    }

    static Optional<String> refusal(Provider provider, SyncMode mode) {
        if (provider == null || mode == null) {
            return Optional.of("sync.choose.missing");
        }
        if (ProviderPresets.find(provider).orElseThrow().signsInWithOAuth()) {
            return Optional.of("sync.refused.oauth");
        }
        if (provider == Provider.IMAP && mode != SyncMode.MAIL) {
            return Optional.of("sync.refused.imapCalendar");
        }
        if (provider == Provider.CALDAV && mode == SyncMode.MAIL) {
            return Optional.of("sync.refused.caldavMail");
        }
        return Optional.empty();
    }
}

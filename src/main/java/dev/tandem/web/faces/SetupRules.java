package dev.tandem.web.faces;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;
import java.util.Set;

/**
 * Which choices of provider and mode the sign-in form can go on with, said before any password is typed (the
 * connection service checks the same again). Answers a message key whose argument is the provider's name.
 */
final class SetupRules {

    private static final Set<Provider> OAUTH = Set.of(Provider.GMAIL, Provider.EXCHANGE, Provider.OUTLOOK_COM);

    private SetupRules() {
    }

    static Optional<String> refusal(Provider provider, SyncMode mode) {
        if (provider == null || mode == null) {
            return Optional.of("sync.choose.missing");
        }
        if (OAUTH.contains(provider)) {
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

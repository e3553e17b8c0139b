package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.platform.UserMessage;
import java.util.Set;

/**
 * What combinations of provider, mode and accounts make sense, checked before anything touches the network.
 * The messages are the ones the user reads: English for the API, and as {@code sync.refused.*} texts for the
 * screens (the keys the sign-in form's own checks use, where it has the same rule).
 */
final class ConnectRules {

    private static final Set<Provider> OAUTH = Set.of(Provider.GMAIL, Provider.EXCHANGE, Provider.OUTLOOK_COM);

    private ConnectRules() {
    }

    /**
     * The answer to an OAuth start: this version has no OAuth sign-in (no client registration with Google or
     * Microsoft can exist in a self-hosted install without the admin's own), so it says what works instead.
     */
    static ConnectionException oauthStartRefusal(Provider provider) {
        return OAUTH.contains(provider) ? oauthNotOffered(provider) : ConnectionException.invalid("provider: "
                + provider + " signs in with a password, not OAuth: connect with POST /api/me/sync.");
    }

    private static ConnectionException oauthNotOffered(Provider provider) {
        return ConnectionException.notAvailable(provider + " needs sign-in with OAuth, which this version of Tandem "
                + "does not offer yet. Use an app password through IMAP or CalDAV instead.",
                UserMessage.of("sync.refused.oauth", ProviderPresets.find(provider).orElseThrow().name()));
    }

    static void check(ConnectCommand command) {
        if (OAUTH.contains(command.provider())) {
            throw oauthNotOffered(command.provider());
        }
        if (command.provider() == Provider.IMAP && command.mode() != SyncMode.MAIL) {
            throw ConnectionException.invalid("mode: IMAP gives mail only; it cannot sync a calendar. Choose "
                    + "MAIL, or a provider with a calendar (CALDAV).", UserMessage.of("sync.refused.imapCalendar"));
        }
        if (command.provider() == Provider.CALDAV && command.mode() == SyncMode.MAIL) {
            throw ConnectionException.invalid("mode: CALDAV is a calendar provider; for mail only choose IMAP.",
                    UserMessage.of("sync.refused.caldavMail"));
        }
        if (command.mode().includesMail()) {
            ImapAccount imap = command.imap().orElseThrow(() -> ConnectionException.invalid(
                    "imap: the IMAP server data and password are needed to sync mail.",
                    UserMessage.of("sync.refused.imapMissing")));
            if (Pop3.PORTS.contains(imap.port())) {
                throw ConnectionException.pop3();
            }
        }
        if (command.mode().includesCalendar() && command.caldav().isEmpty()) {
            throw ConnectionException.invalid("caldav: the calendar address, user name and password are needed to "
                    + "sync the calendar.", UserMessage.of("sync.refused.caldavMissing"));
        }
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.platform.UserMessage;

/**
 * What combinations of provider, mode and accounts make sense, checked before anything touches the network.
 * The messages are the ones the user reads: English for the API, and as {@code sync.refused.*} texts for the
 * screens (the keys the sign-in form's own checks use, where it has the same rule).
 */
final class ConnectRules {

    private ConnectRules() {
    }

    /**
     * Whether an OAuth sign-in can start for this provider: it must sign in with OAuth, and the administrator must
     * have registered this installation's client with it (a self-hosted Tandem cannot ship one).
     */
    static void checkOAuthStart(ProviderPresets.Preset preset) {
        if (!preset.signsInWithOAuth()) {
            throw ConnectionException.invalid("provider: " + preset.id() + " signs in with a password, not OAuth: "
                    + "connect with POST /api/me/sync.");
        }
        if (!preset.configured()) {
            throw ConnectionException.notAvailable(preset.name() + " is not set up by your administrator: this "
                    + "Tandem has no OAuth client registered for it (tandem.provider." + ProviderCatalog.keyOf(
                    preset.id()) + ".oauth.client-id).", UserMessage.of("sync.provider.notConfigured",
                    preset.name()));
        }
    }

    private static ConnectionException oauthOnly(ProviderPresets.Preset preset) {
        return ConnectionException.invalid("provider: " + preset.name() + " signs in with OAuth in a pop-up window, "
                + "not with a password: start with POST /api/me/sync/oauth/start.",
                UserMessage.of("sync.refused.oauth", preset.name()));
    }

    static void check(ConnectCommand command) {
        var preset = ProviderPresets.find(command.provider()).orElseThrow();
        if (preset.signsInWithOAuth()) {
            throw oauthOnly(preset);
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

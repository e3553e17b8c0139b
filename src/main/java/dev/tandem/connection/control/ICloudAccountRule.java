package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import dev.tandem.platform.UserMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * iCloud's restriction from the help article: the iCloud account must be the address registered for the user in the
 * CRM. Apple lets one person keep several Apple IDs, and mail or events of another one would be logged as this user's
 * without any way to tell them apart; so a mismatch is refused before any login, saying which address to use.
 */
final class ICloudAccountRule {

    private ICloudAccountRule() {
    }

    /** @param registered the user's email address in the CRM, empty when the user has none */
    static void check(ConnectCommand command, Optional<String> registered) {
        if (command.provider() != Provider.ICLOUD) {
            return;
        }
        String expected = registered.filter(email -> !email.isBlank()).map(ICloudAccountRule::key)
                .orElseThrow(() -> ConnectionException.invalid("provider: iCloud can only be synced with the address "
                        + "registered for you in the CRM, and your user has none. Ask your administrator to add it.",
                        UserMessage.of("sync.refused.icloudNoEmail")));
        Stream.concat(command.imap().map(ImapAccount::username).stream(),
                        command.caldav().map(CalDavAccount::username).stream())
                .filter(account -> !key(account).equals(expected))
                .findFirst().ifPresent(other -> {
                    throw ConnectionException.invalid("username: the iCloud account " + other.strip() + " is not "
                            + "the one registered for you in the CRM (" + registered.orElseThrow().strip() + "). "
                            + "Sign in with that iCloud account, or ask your administrator to change your address.",
                            UserMessage.of("sync.refused.icloudAccount", other.strip(), registered.orElseThrow()
                                    .strip()));
                });
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}

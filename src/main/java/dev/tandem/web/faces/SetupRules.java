package dev.tandem.web.faces;

import dev.tandem.connection.control.ProviderPresets.Preset;
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

    /** @param preset the chosen provider as this installation has it configured; null when none was chosen */
    static Optional<String> refusal(Preset preset, SyncMode mode) {
        if (preset == null || mode == null) {
            return Optional.of("sync.choose.missing");
        }
        if (!preset.configured()) {
            return Optional.of("sync.provider.notConfigured");
        }
        if (preset.id() == Provider.IMAP && mode != SyncMode.MAIL) {
            return Optional.of("sync.refused.imapCalendar");
        }
        if (preset.id() == Provider.CALDAV && mode == SyncMode.MAIL) {
            return Optional.of("sync.refused.caldavMail");
        }
        return Optional.empty();
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;

/**
 * A user's request to connect: provider, what to sync, and the accounts to use (checked before saving).
 *
 * @param firstSyncDays how many past days of mail the first sync reads; empty for the server's default
 */
public record ConnectCommand(Provider provider, SyncMode mode, Optional<ImapAccount> imap,
                             Optional<CalDavAccount> caldav, Optional<Integer> firstSyncDays) {

    public ConnectCommand(Provider provider, SyncMode mode, Optional<ImapAccount> imap, Optional<CalDavAccount> caldav) {
        this(provider, mode, imap, caldav, Optional.empty());
    }
}

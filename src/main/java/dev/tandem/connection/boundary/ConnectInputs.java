package dev.tandem.connection.boundary;

import dev.tandem.connection.control.CalDavAccount;
import dev.tandem.connection.control.ConnectCommand;
import dev.tandem.connection.control.ConnectionException;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.ProviderPresets;
import dev.tandem.connection.control.ProviderPresets.Preset;
import java.util.Optional;

/** Turns the request body into a command, filling server data from the provider's preset where the user gave none. */
final class ConnectInputs {

    private ConnectInputs() {
    }

    /** @param preset the provider's preset as configured here, whose servers fill what the user left out */
    static ConnectCommand toCommand(ConnectInput input, Optional<Preset> preset) {
        Optional<ImapAccount> imap = Optional.ofNullable(input.imap).map(in -> imapAccount(in, preset));
        Optional<CalDavAccount> caldav = Optional.ofNullable(input.caldav).map(in -> {
            String url = in.url != null ? in.url.strip() : preset.map(p -> p.calendar().url()).orElse(null);
            if (url == null) {
                throw ConnectionException.invalid("caldav.url: give the CalDAV server's address.");
            }
            return new CalDavAccount(url, in.username.strip(), in.password);
        });
        return new ConnectCommand(input.provider, input.mode, imap, caldav, Optional.ofNullable(input.firstSyncDays));
    }

    /**
     * The IMAP account: a user who names no server gets the preset's server with its port and security (a Yahoo or
     * iCloud user types only the address and app password); one who names a server gets the usual port of the
     * security chosen, unless a port is given.
     */
    private static ImapAccount imapAccount(ConnectInput.ImapInput in, Optional<Preset> preset) {
        boolean ownServer = in.host != null && !in.host.isBlank();
        Optional<ProviderPresets.MailServer> presetServer = ownServer ? Optional.empty()
                : preset.map(Preset::mail).filter(server -> server.host() != null);
        if (!ownServer && presetServer.isEmpty()) {
            throw ConnectionException.invalid("imap.host: give the IMAP server's name.");
        }
        String host = ownServer ? in.host.strip() : presetServer.get().host();
        MailSecurity security = in.security != null ? in.security
                : presetServer.map(server -> MailSecurity.valueOf(server.security())).orElse(MailSecurity.SSL);
        int port = in.port != null ? in.port : presetServer.map(ProviderPresets.MailServer::port)
                .filter(presetPort -> in.security == null).orElse(security.usualImapPort());
        if (port < 1 || port > 65535) {
            throw ConnectionException.invalid("imap.port: must be between 1 and 65535.");
        }
        return new ImapAccount(host, port, security, in.username.strip(), in.password);
    }
}

package dev.tandem.connection.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;

/**
 * How a connection's accounts are stored: server data as plain JSON, passwords as JSON encrypted by the
 * {@link CredentialVault}. Nothing secret ever goes into the plain part.
 */
public final class StoredAccounts {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The non-secret part. Public fields for JSON-B. */
    public static class Settings {
        public String imapHost;
        public Integer imapPort;
        public MailSecurity imapSecurity;
        public String imapUsername;
        public String caldavUrl;
        public String caldavUsername;
        /** Past days of mail the first sync reads; null for the server's default. */
        public Integer mailFirstSyncDays;
    }

    /** The secret part. */
    public static class Secrets {
        public String imapPassword;
        public String caldavPassword;
    }

    private StoredAccounts() {
    }

    public static String settingsJson(ConnectCommand command) {
        var settings = new Settings();
        command.imap().ifPresent(imap -> {
            settings.imapHost = imap.host();
            settings.imapPort = imap.port();
            settings.imapSecurity = imap.security();
            settings.imapUsername = imap.username();
        });
        command.caldav().ifPresent(caldav -> {
            settings.caldavUrl = caldav.url();
            settings.caldavUsername = caldav.username();
        });
        settings.mailFirstSyncDays = command.firstSyncDays().orElse(null);
        return JSON.toJson(settings);
    }

    public static String secretsJson(ConnectCommand command) {
        var secrets = new Secrets();
        command.imap().ifPresent(imap -> secrets.imapPassword = imap.password());
        command.caldav().ifPresent(caldav -> secrets.caldavPassword = caldav.password());
        return JSON.toJson(secrets);
    }

    public static Settings settings(String json) {
        return JSON.fromJson(json, Settings.class);
    }

    public static Optional<ImapAccount> imap(Settings settings, Secrets secrets) {
        if (settings.imapHost == null || secrets.imapPassword == null) {
            return Optional.empty();
        }
        return Optional.of(new ImapAccount(settings.imapHost, settings.imapPort, settings.imapSecurity,
                settings.imapUsername, secrets.imapPassword));
    }

    public static Optional<CalDavAccount> caldav(Settings settings, Secrets secrets) {
        if (settings.caldavUrl == null || secrets.caldavPassword == null) {
            return Optional.empty();
        }
        return Optional.of(new CalDavAccount(settings.caldavUrl, settings.caldavUsername, secrets.caldavPassword));
    }

    public static Secrets secrets(String json) {
        return JSON.fromJson(json, Secrets.class);
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.control.oauth.GrantedTokens;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Optional;

/**
 * How a connection's accounts are stored: server data as plain JSON, passwords and OAuth tokens as JSON encrypted
 * by the {@link CredentialVault}. Nothing secret ever goes into the plain part.
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
        /** How the servers are signed in to; null (older rows) means PASSWORD. */
        public Authentication authentication;
        /** The Microsoft Graph service root, for a calendar in Graph instead of CalDAV. */
        public String graphUrl;
        /** For OAuth: the mode the user consented to, whose scopes the tokens carry. */
        public dev.tandem.connection.entity.SyncMode grantedMode;

        public boolean signsInWithOAuth() {
            return authentication == Authentication.OAUTH2_TOKEN;
        }
    }

    /** The secret part. */
    public static class Secrets {
        public String imapPassword;
        public String caldavPassword;
        public String accessToken;
        public String refreshToken;
        /** When the access token expires, in seconds since the epoch. */
        public Long accessTokenExpiresAt;
        /** The calendar's own token, where the first one serves mail only (Microsoft); null otherwise. */
        public String calendarAccessToken;
        public Long calendarAccessTokenExpiresAt;

        public Instant accessTokenExpiry() {
            return accessTokenExpiresAt == null ? Instant.EPOCH : Instant.ofEpochSecond(accessTokenExpiresAt);
        }

        public Instant calendarAccessTokenExpiry() {
            return calendarAccessTokenExpiresAt == null ? Instant.EPOCH
                    : Instant.ofEpochSecond(calendarAccessTokenExpiresAt);
        }

        String calendarToken() {
            return calendarAccessToken != null ? calendarAccessToken : accessToken;
        }
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

    /** The server data of an OAuth sign-in: servers from the provider's preset, the account from the ID token. */
    public static String settingsJson(SignedInAccounts accounts) {
        var settings = new Settings();
        settings.authentication = Authentication.OAUTH2_TOKEN;
        settings.grantedMode = accounts.mode();
        accounts.imap().ifPresent(imap -> {
            settings.imapHost = imap.host();
            settings.imapPort = imap.port();
            settings.imapSecurity = imap.security();
            settings.imapUsername = imap.username();
        });
        accounts.calendar().ifPresent(calendar -> {
            if (calendar instanceof GraphAccount graph) {
                settings.graphUrl = graph.baseUrl();
            } else if (calendar instanceof CalDavAccount caldav) {
                settings.caldavUrl = caldav.url();
            }
            settings.caldavUsername = calendar.username();
        });
        return JSON.toJson(settings);
    }

    /** The newest refresh token is kept: a provider that rotates them handed out a new one with the second token. */
    public static String secretsJson(GrantedTokens tokens, Optional<GrantedTokens> calendarTokens) {
        var secrets = new Secrets();
        secrets.accessToken = tokens.accessToken();
        secrets.accessTokenExpiresAt = tokens.expiresAt().getEpochSecond();
        secrets.refreshToken = calendarTokens.flatMap(GrantedTokens::refreshToken)
                .or(tokens::refreshToken).orElse(null);
        calendarTokens.ifPresent(calendar -> {
            secrets.calendarAccessToken = calendar.accessToken();
            secrets.calendarAccessTokenExpiresAt = calendar.expiresAt().getEpochSecond();
        });
        return JSON.toJson(secrets);
    }

    public static String toJson(Secrets secrets) {
        return JSON.toJson(secrets);
    }

    public static Settings settings(String json) {
        return JSON.fromJson(json, Settings.class);
    }

    public static Optional<ImapAccount> imap(Settings settings, Secrets secrets) {
        if (settings.signsInWithOAuth()) {
            return settings.imapHost == null || secrets.accessToken == null ? Optional.empty()
                    : Optional.of(new ImapAccount(settings.imapHost, settings.imapPort, settings.imapSecurity,
                    settings.imapUsername, secrets.accessToken, Authentication.OAUTH2_TOKEN));
        }
        if (settings.imapHost == null || secrets.imapPassword == null) {
            return Optional.empty();
        }
        return Optional.of(new ImapAccount(settings.imapHost, settings.imapPort, settings.imapSecurity,
                settings.imapUsername, secrets.imapPassword));
    }

    public static Optional<CalendarAccount> calendar(Settings settings, Secrets secrets) {
        if (settings.signsInWithOAuth()) {
            return oauthCalendar(settings, secrets);
        }
        if (settings.caldavUrl == null || secrets.caldavPassword == null) {
            return Optional.empty();
        }
        return Optional.of(new CalDavAccount(settings.caldavUrl, settings.caldavUsername, secrets.caldavPassword));
    }

    private static Optional<CalendarAccount> oauthCalendar(Settings settings, Secrets secrets) {
        String token = secrets.calendarToken();
        if (token == null) {
            return Optional.empty();
        }
        if (settings.graphUrl != null) {
            return Optional.of(new GraphAccount(settings.graphUrl, settings.caldavUsername, token));
        }
        return Optional.ofNullable(settings.caldavUrl).map(url -> new CalDavAccount(url, settings.caldavUsername,
                token, Authentication.OAUTH2_TOKEN));
    }

    /** Whether this connection has a calendar service to sync with. */
    public static boolean hasCalendar(Settings settings) {
        return settings.caldavUrl != null || settings.graphUrl != null;
    }

    public static Secrets secrets(String json) {
        return JSON.fromJson(json, Secrets.class);
    }
}

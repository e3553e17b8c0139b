package dev.tandem.connection.control;

import dev.tandem.connection.control.oauth.OAuthServer;
import dev.tandem.connection.entity.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Tandem knows about each provider out of the box: how users sign in and where the servers are. These are the
 * defaults; {@link ProviderCatalog} applies the installation's configuration over them, and everything else (the
 * screens, the connect rules, the sync) reads the catalog, so that there is one table of providers. IMAP is mail
 * only (it has no calendar); POP3 is not offered at all.
 */
public final class ProviderPresets {

    /** Where Microsoft's identity platform puts the tenant ({@code organizations}, {@code consumers} or an id). */
    static final String TENANT = "{tenant}";

    /**
     * Where a calendar URL puts the signed-in account's address: Google's CalDAV has one principal URL per
     * calendar id, and a user's primary calendar id is their address.
     */
    public static final String ACCOUNT = "{account}";

    /**
     * A provider as the sign-in screen shows it.
     *
     * @param oauth   the provider's OAuth 2.0 server and this installation's client, for OAuth providers only
     * @param domains the provider's own mail domains, by which autodiscovery recognises an address
     */
    public record Preset(Provider id, String name, String auth, MailServer mail, CalendarServer calendar,
                         String notes, Optional<OAuthServer> oauth, List<String> domains) {

        public Preset {
            domains = List.copyOf(domains);
        }

        public boolean signsInWithOAuth() {
            return oauth.isPresent();
        }

        /** False for an OAuth provider whose client the administrator has not registered: it cannot be used. */
        public boolean configured() {
            return oauth.map(OAuthServer::hasClient).orElse(true);
        }

        Preset with(MailServer newMail, CalendarServer newCalendar, Optional<OAuthServer> newOauth) {
            return new Preset(id, name, auth, newMail, newCalendar, notes, newOauth, domains);
        }
    }

    /** The provider's IMAP server, if it has a fixed one. */
    public record MailServer(String host, Integer port, String security) {
    }

    /** The provider's calendar service: {@code kind} is CALDAV, GRAPH or NONE. */
    public record CalendarServer(String kind, String url) {
    }

    private static final OAuthServer GOOGLE = new OAuthServer("https://accounts.google.com/o/oauth2/v2/auth",
            "https://oauth2.googleapis.com/token", "", "", List.of("openid", "email"),
            List.of("https://mail.google.com/"), List.of("https://www.googleapis.com/auth/calendar"),
            Map.of("access_type", "offline", "prompt", "consent"), false);

    private static final OAuthServer MICROSOFT = new OAuthServer(
            "https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/authorize",
            "https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token", "", "",
            List.of("openid", "email", "offline_access"), List.of("https://outlook.office.com/IMAP.AccessAsUser.All"),
            List.of("https://graph.microsoft.com/Calendars.ReadWrite"), Map.of(), true);

    private static final List<Preset> ALL = List.of(
            new Preset(Provider.GMAIL, "Gmail", "OAUTH2", new MailServer("imap.gmail.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://apidata.googleusercontent.com/caldav/v2/" + ACCOUNT + "/user"),
                    "Sign in with Google in the pop-up window; allow pop-ups for Tandem.", Optional.of(GOOGLE),
                    List.of("gmail.com", "googlemail.com")),
            new Preset(Provider.EXCHANGE, "Microsoft Exchange", "OAUTH2",
                    new MailServer("outlook.office365.com", 993, "SSL"),
                    new CalendarServer("GRAPH", "https://graph.microsoft.com/v1.0/"),
                    "Sign in with your work Microsoft account in the pop-up window.", Optional.of(MICROSOFT),
                    List.of()),
            new Preset(Provider.OUTLOOK_COM, "Outlook.com", "OAUTH2",
                    new MailServer("outlook.office365.com", 993, "SSL"),
                    new CalendarServer("GRAPH", "https://graph.microsoft.com/v1.0/"),
                    "Sign in with your Microsoft account in the pop-up window.", Optional.of(MICROSOFT),
                    List.of("outlook.com", "hotmail.com", "live.com", "msn.com")),
            new Preset(Provider.YAHOO, "Yahoo! Mail", "APP_PASSWORD", new MailServer("imap.mail.yahoo.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://caldav.calendar.yahoo.com/"),
                    "Create an app password in your Yahoo account security settings and use it here.",
                    Optional.empty(), List.of("yahoo.com", "ymail.com", "rocketmail.com")),
            new Preset(Provider.ICLOUD, "iCloud", "APP_PASSWORD", new MailServer("imap.mail.me.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://caldav.icloud.com/"),
                    "Use an app-specific password; the iCloud account must be the same address as your Tandem "
                            + "user.", Optional.empty(), List.of("icloud.com", "me.com", "mac.com")),
            new Preset(Provider.IMAP, "IMAP", "PASSWORD", new MailServer(null, 993, "SSL"),
                    new CalendarServer("NONE", null),
                    "Mail only: IMAP has no calendar. Ask your provider for the IMAP server data. POP3 is not "
                            + "supported, because it deletes mail from the server as it downloads it.",
                    Optional.empty(), List.of()),
            new Preset(Provider.CALDAV, "CalDAV", "PASSWORD", new MailServer(null, null, null),
                    new CalendarServer("CALDAV", null),
                    "Any CalDAV server: give its address, user name and password. Add an IMAP server for mail.",
                    Optional.empty(), List.of()));

    private ProviderPresets() {
    }

    /** The built-in defaults, before configuration: for names and texts; servers come from {@link ProviderCatalog}. */
    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(Provider provider) {
        return ALL.stream().filter(p -> p.id() == provider).findFirst();
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import java.util.List;
import java.util.Optional;

/**
 * What Tandem knows about each provider: how users sign in and where the servers are. IMAP is mail only (it has no
 * calendar); POP3 is not offered at all.
 */
public final class ProviderPresets {

    /** A provider as the sign-in screen shows it. */
    public record Preset(Provider id, String name, String auth, MailServer mail, CalendarServer calendar,
                         String notes) {
    }

    /** The provider's IMAP server, if it has a fixed one. */
    public record MailServer(String host, Integer port, String security) {
    }

    /** The provider's calendar service. */
    public record CalendarServer(String kind, String url) {
    }

    private static final List<Preset> ALL = List.of(
            new Preset(Provider.GMAIL, "Gmail", "OAUTH2", new MailServer("imap.gmail.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://apidata.googleusercontent.com/caldav/v2/"),
                    "Sign in with Google in the pop-up window; allow pop-ups for Tandem."),
            new Preset(Provider.EXCHANGE, "Microsoft Exchange", "OAUTH2",
                    new MailServer("outlook.office365.com", 993, "SSL"),
                    new CalendarServer("GRAPH", "https://graph.microsoft.com/v1.0/"),
                    "Sign in with your work Microsoft account in the pop-up window."),
            new Preset(Provider.OUTLOOK_COM, "Outlook.com", "OAUTH2",
                    new MailServer("outlook.office365.com", 993, "SSL"),
                    new CalendarServer("GRAPH", "https://graph.microsoft.com/v1.0/"),
                    "Sign in with your Microsoft account in the pop-up window."),
            new Preset(Provider.YAHOO, "Yahoo! Mail", "APP_PASSWORD", new MailServer("imap.mail.yahoo.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://caldav.calendar.yahoo.com/"),
                    "Create an app password in your Yahoo account security settings and use it here."),
            new Preset(Provider.ICLOUD, "iCloud", "APP_PASSWORD", new MailServer("imap.mail.me.com", 993, "SSL"),
                    new CalendarServer("CALDAV", "https://caldav.icloud.com/"),
                    "Use an app-specific password; the iCloud account must be the same address as your Tandem "
                            + "user."),
            new Preset(Provider.IMAP, "IMAP", "PASSWORD", new MailServer(null, 993, "SSL"),
                    new CalendarServer("NONE", null),
                    "Mail only: IMAP has no calendar. Ask your provider for the IMAP server data. POP3 is not "
                            + "supported, because it deletes mail from the server as it downloads it."),
            new Preset(Provider.CALDAV, "CalDAV", "PASSWORD", new MailServer(null, null, null),
                    new CalendarServer("CALDAV", null),
                    "Any CalDAV server: give its address, user name and password. Add an IMAP server for mail."));

    private ProviderPresets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(Provider provider) {
        return ALL.stream().filter(p -> p.id() == provider).findFirst();
    }
}

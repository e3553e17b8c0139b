package dev.tandem.testsupport.oauth;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.testsupport.RadicaleServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Everything an OAuth provider is to Tandem, on loopback: its OAuth server ({@link OAuthProviderStandIn}), its IMAP
 * (GreenMail, taking XOAUTH2 logins with the last token granted to each account) and its CalDAV (Radicale behind
 * the bearer-checking front). {@link #configure} points a Tandem's provider settings at them, as an administrator
 * would point them at Google's and Microsoft's.
 */
public final class OAuthTestBed implements AutoCloseable {

    public static final String CLIENT_ID = "tandem-test-client";
    /** What Google's and Microsoft's mail scopes name: a token asked for one of them is good for IMAP. */
    private static final List<String> MAIL_APIS = List.of("mail.google.com", "IMAP.AccessAsUser.All");

    private final String clientSecret = "client-secret-" + UUID.randomUUID();
    private final GreenMail mailboxes;
    private final RadicaleServer calendars;
    private final OAuthProviderStandIn providers;

    private OAuthTestBed(GreenMail mailboxes, RadicaleServer calendars, OAuthProviderStandIn providers) {
        this.mailboxes = mailboxes;
        this.calendars = calendars;
        this.providers = providers;
    }

    /** Starts the servers with a mailbox and a calendar for each account. */
    public static OAuthTestBed start(Duration tokenLifetime, List<OAuthAccount> accounts) {
        var mailboxes = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mailboxes.start();
        var calendars = RadicaleServer.start();
        for (OAuthAccount account : accounts) {
            mailboxes.setUser(account.email(), account.email(), "no-token-granted-yet");
            calendars.addUser(account.calendarUser(), account.calendarPassword());
            calendars.createCalendar(account.calendarUser(), "calendar", "Calendar", "VEVENT");
        }
        var providers = OAuthProviderStandIn.start(CLIENT_ID, tokenLifetime, calendars.baseUri(), accounts,
                MAIL_APIS, (account, token) -> mailboxes.getUserManager().getUser(account.email()).setPassword(token));
        return new OAuthTestBed(mailboxes, calendars, providers);
    }

    /**
     * Points provider {@code key} ({@code gmail}, {@code exchange}, {@code outlook-com}) of a Tandem at this bed,
     * signing in as {@code account}: OAuth client and endpoints, IMAP server, and the calendar URL.
     */
    public TandemServerSettings configure(TandemServerSettings settings, String key, OAuthAccount account) {
        String prefix = "tandem.provider." + key + ".";
        return settings.with(prefix + "oauth.client-id", CLIENT_ID)
                .with(prefix + "oauth.client-secret", clientSecret)
                .with(prefix + "oauth.authorization-url", providers.authorizationUrl(account.issuerId()))
                .with(prefix + "oauth.token-url", providers.tokenUrl(account.issuerId()))
                .with(prefix + "imap.host", "127.0.0.1")
                .with(prefix + "imap.port", Integer.toString(mailboxes.getImap().getPort()))
                .with(prefix + "imap.security", "NONE")
                .with(prefix + "calendar.url", providers.calendarUrl().toString());
    }

    public String clientSecret() {
        return clientSecret;
    }

    public OAuthProviderStandIn providers() {
        return providers;
    }

    /** Puts a message (RFC 5322 text) into the account's INBOX. */
    public void deliver(OAuthAccount account, String rawMessage) {
        try {
            var message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(rawMessage.getBytes(StandardCharsets.UTF_8)));
            mailboxes.getUserManager().getUser(account.email()).deliver(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the account's calendar holds an event with this title, read straight from Radicale. */
    public boolean calendarHolds(OAuthAccount account, String title) {
        var dav = new CalDavClient(new CalDavCredentials(account.calendarUser(), account.calendarPassword()));
        URI calendar = calendars.principalUri(account.calendarUser()).resolve("calendar/");
        return dav.listItems(calendar).stream()
                .anyMatch(ref -> dav.get(ref.href()).icalendar().contains("SUMMARY:" + title));
    }

    @Override
    public void close() {
        providers.close();
        calendars.close();
        mailboxes.stop();
    }
}

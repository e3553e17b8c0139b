package dev.tandem.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;

/**
 * A mailbox and a calendar to try Tandem with, for {@code bin/demo-servers}: a real Dovecot and a real Radicale on
 * loopback (the same the tests start), with mail from and to the demo CRM's contacts and a few events, so that a
 * person who started {@code bin/run} can connect them from the sync screen and watch mail land on a contact's
 * timeline. Prints what to type into the sign-in form and runs until Ctrl-C.
 */
public final class DemoServers {

    static final String USER = "alice";
    static final String MAIL_PASSWORD = "demo-mailbox-1";
    static final String CALENDAR_PASSWORD = "demo-calendar-1";

    private DemoServers() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createDirectories(Path.of("target", "demo-servers"));
        var dovecot = new DovecotServer(home).addUser(USER, MAIL_PASSWORD).start();
        var radicale = RadicaleServer.start();
        radicale.addUser(USER, CALENDAR_PASSWORD);
        var calendar = radicale.createCalendar(USER, "calendar", "Calendar", "VEVENT", "VTODO");
        fillMailbox(dovecot);
        new dev.tandem.calendar.control.caldav.CalDavClient(new dev.tandem.calendar.control.dav.CalDavCredentials(
                USER, CALENDAR_PASSWORD)).create(calendar, "demo-invitation", invitation());
        System.out.printf("%nDemo mail server (IMAP): server %s, port %d, security None (no encryption), "
                        + "user %s, password %s%nDemo calendar (CalDAV): %s, user %s, password %s%n"
                        + "In Tandem: My profile > Mail & Calendar Sync > choose what to sync and \"IMAP\" "
                        + "(mail) or \"CalDAV\" (calendar, with the IMAP server for mail). Ctrl-C stops the servers.%n",
                DovecotServer.HOST, dovecot.ports().imap(), USER, MAIL_PASSWORD, radicale.principalUri(USER), USER,
                CALENDAR_PASSWORD);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dovecot.close();
            radicale.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static void fillMailbox(DovecotServer dovecot) {
        dovecot.appendMessage(USER, "INBOX", TestMails.plain("<demo-1@acme.com>", "Ana García <ana@acme.com>",
                "alice@tandem.test", "Quote for the new contract", "Hi Alice,\n\ncould you send the quote by Friday?"
                        + "\n\nAna"));
        dovecot.appendMessage(USER, "INBOX", TestMails.withAttachment("<demo-2@globex.com>",
                "Hank Scorpio <hank@globex.com>", "alice@tandem.test", "Signed order", "Attached, the signed order.",
                "order.pdf", TestMails.pdfBytes()));
        dovecot.appendMessage(USER, "INBOX", TestMails.plain("<demo-3@news.example>", "news@news.example",
                "alice@tandem.test", "Weekly newsletter", "Not from a CRM contact: Tandem leaves it out."));
        dovecot.appendMessage(USER, "Sent", TestMails.plain("<demo-4@tandem.test>", "alice@tandem.test",
                "Pedro Ruiz <pedro@acme.com>", "Meeting next week", "Pedro, shall we meet on Tuesday?"));
    }

    private static String invitation() {
        var start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2).withHour(9).withMinute(0).withSecond(0);
        var stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem demo//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:demo-invitation\r\nDTSTAMP:" + stamp.format(start.minusDays(3)) + "\r\nDTSTART:"
                + stamp.format(start) + "\r\nDTEND:" + stamp.format(start.plusHours(1)) + "\r\n"
                + "SUMMARY:Contract review with Acme\r\nORGANIZER;CN=Ana García:mailto:ana@acme.com\r\n"
                + "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alice@tandem.test\r\n"
                + "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@acme.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}

package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.RadicaleServer;
import dev.tandem.testsupport.RequestRecorder;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TcpRelay;
import dev.tandem.testsupport.TestMails;
import dev.tandem.testsupport.WebSession;
import dev.tandem.web.SyncScreen.FirstSync;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The CRM a salesperson lives in, in a real browser over a real Dovecot and Radicale: companies (list, search by
 * name or web domain, a company's contacts and its timeline of read-only logged mail with attachments to download
 * and notes to add, links between contacts and companies); an HTML mail that carries a script, an event handler and
 * a tracking image, shown on the timeline without running or fetching anything; the progress of a first import on
 * the sync screen; and every page at a desktop's and a phone's width. Screenshots go to {@code target/screenshots/}.
 */
class CrmScreensIT {

    /** Mails of the first import whose progress is watched: two batches of the mail sync. */
    private static final int FIRST_IMPORT = 400;
    /** What the IMAP server sends reaches Tandem at this rate, so the first import lasts long enough to be seen. */
    private static final int IMAP_BYTES_PER_SECOND = 8_000;

    private static DovecotServer dovecot;
    private static RadicaleServer radicale;
    private static TandemServer tandem;
    private static RequestRecorder outside;

    @BeforeAll
    static void startServers() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        dovecot = new DovecotServer().start();
        radicale = RadicaleServer.start();
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("crm-screens").withDemoData());
        outside = RequestRecorder.start();
    }

    @AfterAll
    static void stopServers() {
        if (outside != null) {
            outside.close();
        }
        if (tandem != null) {
            tandem.stop();
        }
        if (dovecot != null) {
            dovecot.close();
        }
        if (radicale != null) {
            radicale.close();
        }
    }

    @Test
    void aCompanyShowsItsContactsAndItsLoggedMailReadOnlyWithAttachmentsAndNotes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SyncedUser user = SyncedUser.create(tandem, dovecot, "co", "Carmen Ibáñez");
        String order = "Acme order " + tag;
        user.receive(TestMails.withAttachment("<" + tag + "@acme.com>", "ana@acme.com", user.address(), order,
                "The order is attached.", "order.pdf", TestMails.pdfBytes()));
        user.receive(TestMails.plain("<" + tag + "@globex.com>", "hank@globex.com", user.address(),
                "Globex news " + tag, "Nothing for Acme."));
        user.connectMail(dovecot.ports().imap());
        user.awaitFirstSync();

        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user.name(), user.password());
            pages.searchCompanies("");
            assertTrue(pages.names("company-list").containsAll(List.of("Acme Corp", "Globex")), pages::pageText);
            chromium.screenshot("companies-en-1280");
            pages.searchCompanies("globex.COM");
            assertEquals(List.of("Globex"), pages.names("company-list"), "found by its web domain");
            pages.searchCompanies("acme");
            assertEquals(List.of("Acme Corp"), pages.names("company-list"));

            pages.openCompany("Acme Corp");
            assertEquals("acme.com", pages.text("company-domains"));
            assertEquals(List.of("Ana García", "Pedro Ruiz"), pages.names("company-contacts"));
            String timeline = pages.text("timeline");
            assertTrue(timeline.contains(order) && timeline.contains("Synced · read-only"), timeline);
            assertFalse(timeline.contains("Globex news"), "another company's mail: " + timeline);
            assertTrue(chromium.driver().findElements(By.cssSelector(
                    "#timeline button, #timeline input, #timeline form")).isEmpty(), "a control on a synced mail");

            WebElement attachment = chromium.driver().findElement(By.cssSelector("#timeline a.attachment"));
            assertEquals("order.pdf", attachment.getText());
            String download = fetchInPage(chromium, attachment.getAttribute("href"));
            assertEquals("200 attachment; filename=\"order.pdf\"; filename*=UTF-8''order.pdf "
                    + TestMails.pdfBytes().length, download);
            var bob = WebSession.open(tandem.baseUri(), "en");
            bob.signIn("bob", "bob-demo-1");
            assertEquals(404, bob.get(attachment.getAttribute("href")).status(), "another user's attachment");

            pages.addNote("Visited Acme " + tag, "They want a second offer.");
            assertTrue(pages.pageText().contains("Note added to the timeline."), pages::pageText);
            assertEquals("Visited Acme " + tag, chromium.driver().findElement(By.cssSelector(
                    "#timeline .entry-subject")).getText(), "the newest entry comes first");
            chromium.screenshot("company-en-1280");

            chromium.clickAndAwaitNewPage(By.linkText("Ana García"));
            assertEquals("Ana García", pages.text("contact-name"), "the company links to its contacts");
            assertTrue(pages.text("timeline").contains(order), pages.text("timeline"));
            chromium.clickAndAwaitNewPage(By.id("company-link"));
            assertEquals("Acme Corp", pages.text("company-name"), "the contact links to their company");
        }
    }

    @Test
    void anHtmlMailShowsOnTheTimelineWithoutRunningItsScriptOrFetchingAnything() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SyncedUser user = SyncedUser.create(tandem, dovecot, "html", "Hugo Sanz");
        String subject = "Newsletter " + tag;
        user.receive(TestMails.html("<" + tag + "@acme.com>", "ana@acme.com", user.address(), subject,
                hostileHtml("mail")));
        user.connectMail(dovecot.ports().imap());
        user.awaitFirstSync();

        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user.name(), user.password());
            pages.searchContacts("ana@acme.com");
            pages.openContact("Ana");
            WebElement body = chromium.driver().findElement(By.cssSelector("#timeline iframe.mail-body"));
            assertEquals("", body.getAttribute("sandbox"), "a sandbox that allows nothing");
            String srcdoc = body.getAttribute("srcdoc");
            assertTrue(srcdoc.contains("<b>special offer</b>"), srcdoc);
            for (String removed : List.of("<script", "onerror", "127.0.0.1")) {
                assertFalse(srcdoc.contains(removed), () -> removed + " kept in " + srcdoc);
            }
            chromium.driver().switchTo().frame(body);
            assertTrue(chromium.driver().findElement(By.tagName("body")).getText()
                    .contains("Hello from Ana, a special offer for you."), "the mail's text shows");
            chromium.driver().switchTo().defaultContent();
            chromium.screenshot("contact-en-html-mail");

            outside.servePage("control/mail.html", hostileHtml("control"));
            chromium.driver().get(outside.uri("control/mail.html").toString());
            Await.until(Duration.ofSeconds(20), () -> outside.paths().containsAll(List.of("/control/script-ran",
                    "/control/tracking.png", "/control/onerror-ran")));
            assertEquals(List.of(), outside.paths().stream().filter(path -> path.startsWith("/mail/")).toList(),
                    "the same HTML opened as a page of its own reaches out; on the timeline it did not");
        }
    }

    @Test
    void theFirstImportShowsItsProgressAndTheScreenFollowsItToTheEnd() {
        SyncedUser user = SyncedUser.create(tandem, dovecot, "prog", "Paula Núñez");
        dovecot.appendMessages(user.name(), "INBOX", IntStream.range(0, FIRST_IMPORT).mapToObj(i -> TestMails.plain(
                "<" + i + "." + user.name() + "@acme.com>", "ana@acme.com", user.address(), "Order " + i, "Body " + i))
                .toList());
        user.putInCalendar(radicale, "kick-off", event("kick-off", "Kick-off with Acme", today()));
        try (var slowImap = TcpRelay.to(dovecot.ports().imap()).throttleServerTo(IMAP_BYTES_PER_SECOND);
             var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user.name(), user.password());
            user.connectMailAndCalendar(slowImap.port());
            pages.openPage("app/sync.xhtml");
            var screen = new SyncScreen(chromium, tandem.baseUri());
            ((JavascriptExecutor) chromium.driver()).executeScript("window.tandemSamePage = true;");

            // From here on the test only reads: every change it sees is the page bringing itself up to date.
            FirstSync midway = chromium.await(Duration.ofSeconds(90), d -> screen.findFirstSync()
                    .filter(shown -> shown.percent() > 0 && shown.percent() < 100).orElse(null));
            assertEquals(midway.percent() + " % · " + midway.logged() + " mails logged so far", midway.text());
            assertTrue(midway.logged() > 0 && midway.logged() < FIRST_IMPORT, midway::toString);
            assertTrue(midway.calendarRunning(), "the calendar, synced after the mail, has not finished yet");
            chromium.screenshot("sync-en-first-import");

            screen.awaitFirstSyncOver(Duration.ofSeconds(120));
            assertEquals(String.valueOf(FIRST_IMPORT), screen.text("mail-imported"), screen::pageText);
            assertFalse(screen.isShown("calendar-progress") || screen.isShown("progress-note"), screen::pageText);
            assertFalse(screen.text("status").contains("Not yet"), "both halves say when they last ran");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) chromium.driver()).executeScript(
                    "return window.tandemSamePage === true;"), "the screen changed in place, without a reload");
            chromium.screenshot("sync-en-first-import-done");
        }
    }

    @Test
    void everyPageFitsADesktopInEnglish() {
        tour(HeadlessChromium.start("en"), "en-1280");
    }

    @Test
    void everyPageFitsAPhoneInSpanish() {
        tour(HeadlessChromium.startPhone("es"), "es-390");
    }

    /**
     * Every page, the sync screen before and after connecting: a screenshot of each ({@code <page>-<suffix>.png}),
     * none wider than the window, no text missing in the page's language.
     */
    private static void tour(HeadlessChromium browser, String suffix) {
        SyncedUser user = SyncedUser.create(tandem, dovecot, "tour", "Teresa Gil");
        user.receive(TestMails.plain("<" + user.name() + "@acme.com>", "ana@acme.com", user.address(),
                "Tour of Acme", "Hello"));
        user.putInCalendar(radicale, "planning", event("planning", "Planning with Acme", today()));
        try (var chromium = browser) {
            var pages = new AppPages(chromium, tandem.baseUri());
            Consumer<String> fits = page -> {
                chromium.screenshotAndAssertFits(page + "-" + suffix);
                assertFalse(pages.pageText().contains("???"), () -> page + " lacks a text: " + pages.pageText());
            };
            pages.openPage("login.xhtml");
            pages.await("login:username");
            fits.accept("login");
            pages.signIn(user.name(), user.password());
            fits.accept("dashboard");
            pages.openProfileFromTheUserIcon();
            fits.accept("profile");
            pages.openSyncFromTheProfile();
            fits.accept("sync");

            user.connectMailAndCalendar(dovecot.ports().imap());
            user.awaitFirstSync();
            pages.openPage("app/sync.xhtml");
            pages.await("status");
            fits.accept("sync-connected");
            pages.openDashboard();
            fits.accept("dashboard-connected");
            pages.searchContacts("acme");
            fits.accept("contacts");
            pages.openContact("Ana");
            fits.accept("contact");
            pages.searchCompanies("");
            fits.accept("companies");
            pages.openCompany("Acme Corp");
            fits.accept("company");
            var calendar = new CalendarPages(chromium);
            calendar.openFromTheTopBar();
            fits.accept("calendar-week");
            calendar.openEvent(today(), "Planning with Acme");
            fits.accept("event");
            calendar.openFromTheTopBar();
            calendar.showMonth();
            fits.accept("calendar-month");
            calendar.openTasks();
            fits.accept("tasks");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    /** An event of someone's own calendar, 10:00 to 11:00 UTC on that day. */
    private static String event(String uid, String title, LocalDate day) {
        String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:20261101T000000Z", "DTSTART:" + date + "T100000Z", "DTEND:" + date + "T110000Z",
                "SUMMARY:" + title, "END:VEVENT", "END:VCALENDAR", "");
    }

    /** A mail body that tells {@link #outside} when its script runs, its event handler fires or its image loads. */
    private static String hostileHtml(String prefix) {
        String beacon = outside.uri(prefix + "/").toString();
        return "<html><body><p>Hello from Ana, a <b>special offer</b> for you.</p>"
                + "<script>new Image().src = '" + beacon + "script-ran';</script>"
                + "<img src=\"" + beacon + "tracking.png\" alt=\"\">"
                + "<img src=\"" + beacon + "missing\" onerror=\"new Image().src = '" + beacon + "onerror-ran'\">"
                + "</body></html>";
    }

    /** GETs a URL from the page (its session, its origin) and says "status content-disposition bytes". */
    private static String fetchInPage(HeadlessChromium chromium, String url) {
        return (String) ((JavascriptExecutor) chromium.driver()).executeAsyncScript("var done = arguments[1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('Content-Disposition') + ' ' + b.byteLength))).catch(e => done(String(e)));", url);
    }
}

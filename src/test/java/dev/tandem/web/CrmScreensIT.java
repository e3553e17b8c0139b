package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import dev.tandem.testsupport.WebSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The CRM a salesperson lives in, in a real browser over a real Dovecot: companies (list, search by
 * name or web domain, a company's contacts and its timeline of read-only logged mail with attachments to download
 * and notes to add, links between contacts and companies). Screenshots go to {@code target/screenshots/}.
 */
class CrmScreensIT {

    private static DovecotServer dovecot;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        dovecot = new DovecotServer().start();
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("crm-screens").withDemoData());
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
        }
        if (dovecot != null) {
            dovecot.close();
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

    /** GETs a URL from the page (its session, its origin) and says "status content-disposition bytes". */
    private static String fetchInPage(HeadlessChromium chromium, String url) {
        return (String) ((JavascriptExecutor) chromium.driver()).executeAsyncScript("var done = arguments[1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('Content-Disposition') + ' ' + b.byteLength))).catch(e => done(String(e)));", url);
    }
}

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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The Mail &amp; Calendar Sync screen in a real browser (headless chromium) against the packaged Tandem and a real
 * Dovecot: a user connects their mailbox over IMAP from the profile, sees the connectivity test go green, sees
 * mail from a CRM contact logged, and stops again; wrong passwords and IMAP with a calendar are refused with the
 * reason; the screen speaks Spanish to a Spanish browser, refusals and test findings included. Screenshots go to {@code target/screenshots/}.
 */
class SyncScreenIT {

    private static final String ALICE_MAIL_PASSWORD = "alice-mailbox-" + UUID.randomUUID();
    private static final String BOB_MAIL_PASSWORD = "bob-mailbox-" + UUID.randomUUID();
    private static final List<String> ALL_STEPS_GREEN = List.of("DNS ok", "TCP ok", "TLS ok", "GREETING ok",
            "CAPABILITY ok", "LOGIN ok", "FOLDERS ok");

    private static DovecotServer dovecot;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver "
                + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver");
        dovecot = new DovecotServer().addUser("alice", ALICE_MAIL_PASSWORD).addUser("bob", BOB_MAIL_PASSWORD)
                .start();
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("ui").withDemoData());
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
            assertFalse(tandem.log().contains(ALICE_MAIL_PASSWORD) || tandem.log().contains(BOB_MAIL_PASSWORD),
                    "a mail password reached the server log");
        }
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void aUserConnectsTheirMailboxSeesCrmMailLoggedAndStops() {
        try (var chromium = HeadlessChromium.start("en")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("alice", "alice-demo-1");
            assertEquals("Mail & Calendar Sync · Tandem", chromium.driver().getTitle());
            screen.choose("MAIL", "IMAP");
            assertEquals("Mail only · IMAP", screen.text("choice-summary").replaceAll("\\s+", " "));
            screen.fillImap("alice", ALICE_MAIL_PASSWORD, DovecotServer.HOST, dovecot.ports().imap(), "NONE");
            screen.testConnection();
            assertEquals(ALL_STEPS_GREEN, screen.testSteps(), screen::pageText);
            assertFalse(chromium.driver().getPageSource().contains(ALICE_MAIL_PASSWORD), "password rendered back");
            chromium.screenshot("sync-en-test-green");

            screen.typeMailPassword(ALICE_MAIL_PASSWORD);
            screen.connect();
            assertEquals("Stop sync", screen.button("actions:stop"), screen::pageText);
            assertEquals("Edit settings", screen.button("actions:edit"));
            assertTrue(screen.text("state").startsWith("Active"), screen.text("state"));
            assertEquals("alice", screen.text("account"));

            String subject = "Quote for Acme " + UUID.randomUUID();
            dovecot.appendMessage("alice", "INBOX", TestMails.plain("<" + UUID.randomUUID() + "@acme.com>",
                    "ana@acme.com", "alice@tandem.test", subject, "Here is the quote."));
            screen.click("actions:runNow");
            assertTrue(screen.messages().contains("Sync started"), screen::messages);
            awaitLedgerRow(screen, subject + " | Logged");
            chromium.screenshot("sync-en-connected");

            var pages = new AppPages(chromium, tandem.baseUri());
            pages.openDashboard();
            assertFalse(pages.isShown("sync-notice"), "a connected user is not invited again");
            assertTrue(pages.text("dashboard-state").startsWith("Active"), pages.text("dashboard-state"));
            assertTrue(pages.text("latest-list").contains(subject), pages.text("latest-list"));
            chromium.screenshot("dashboard-en-connected");

            pages.searchContacts("acme");
            pages.openContact("Ana");
            String timeline = pages.text("timeline");
            assertTrue(timeline.contains(subject) && timeline.contains("Synced · read-only"), timeline);
            assertTrue(chromium.driver().findElements(org.openqa.selenium.By.cssSelector(
                    "#timeline button, #timeline input, #timeline form")).isEmpty(), "a control on a synced mail");
            pages.addNote("Called Ana about the quote", "She wants it by Friday.");
            assertTrue(pages.pageText().contains("Note added to the timeline."), pages::pageText);
            String withNote = pages.text("timeline");
            assertTrue(withNote.indexOf("Called Ana about the quote") < withNote.indexOf(subject), withNote);
            assertFalse(withNote.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "a time in ISO form: " + withNote);
            chromium.screenshot("contact-en-timeline");
            screen.reload();

            screen.click("actions:edit");
            assertFalse(screen.radio("settings:mode", "MAIL_AND_CALENDAR").isEnabled(), "IMAP offers no calendar");
            screen.click("actions:stop");
            assertTrue(screen.isShown("choice:next"), screen::pageText);
            assertTrue(screen.messages().contains("Sync stopped"), screen::messages);
            assertFalse(screen.isShown("actions:stop"));
            chromium.screenshot("sync-en-stopped");
        }
    }

    @Test
    void aWrongMailPasswordTurnsTheLoginStepRedAndIsRefused() {
        try (var chromium = HeadlessChromium.start("en")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("bob", "bob-demo-1");
            screen.choose("MAIL", "IMAP");
            screen.fillImap("bob", "not-the-mail-password", DovecotServer.HOST, dovecot.ports().imap(), "NONE");
            screen.testConnection();

            List<String> steps = screen.testSteps();
            assertEquals("LOGIN failed", steps.get(steps.size() - 1), screen::pageText);
            assertTrue(steps.subList(0, steps.size() - 1).stream().allMatch(step -> step.endsWith(" ok")),
                    steps::toString);
            chromium.screenshot("sync-en-test-login-red");

            screen.typeMailPassword("not-the-mail-password");
            screen.connect();
            assertFalse(screen.messages().isBlank(), "the refusal is shown");
            List<String> afterConnect = screen.testSteps();
            assertEquals("LOGIN failed", afterConnect.get(afterConnect.size() - 1), screen::pageText);
            assertFalse(screen.isShown("actions:stop"), "not connected");
            assertTrue(screen.isShown("signin:connect"));
        }
    }

    @Test
    void imapWithACalendarIsRefusedWithTheReason() {
        try (var chromium = HeadlessChromium.start("en")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("bob", "bob-demo-1");
            screen.choose("MAIL_AND_CALENDAR", "IMAP");

            assertTrue(screen.messages().contains("IMAP does not support calendar sync, only mail sync."),
                    screen::messages);
            assertFalse(screen.isShown("signin:connect"), "no sign-in form for a refused choice");
            chromium.screenshot("sync-en-imap-calendar-refused");
        }
    }

    @Test
    void theScreenSpeaksSpanishToASpanishBrowser() {
        try (var chromium = HeadlessChromium.start("es")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("bob", "bob-demo-1");
            String choice = screen.pageText();
            for (String label : List.of("Sincronización de Correo y Calendario", "Solo correo", "Solo calendario",
                    "POP3 no es compatible")) {
                assertTrue(choice.contains(label), () -> label + " missing in " + choice);
            }
            chromium.screenshot("sync-es-choice");
            screen.choose("MAIL", "IMAP");
            assertTrue(screen.pageText().contains("no la de Tandem"), screen::pageText);
            assertEquals("Probar conexión", screen.button("signin:test"));
            assertEquals("Sincronizar", screen.button("signin:connect"));
            screen.fillImap("bob", "not-the-mail-password", DovecotServer.HOST, dovecot.ports().imap(), "NONE");
            screen.connect();
            String rejected = "El servidor ha rechazado el usuario o la contraseña.";
            assertTrue(screen.messages().startsWith(rejected), screen::messages);
            assertTrue(screen.stepReason("LOGIN").startsWith(rejected), screen::pageText);
            chromium.screenshot("sync-es-login-refused");

            screen.typeMailPassword(BOB_MAIL_PASSWORD);
            screen.connect();
            try {
                assertEquals("Parar sincronización", screen.button("actions:stop"), screen::pageText);
                assertEquals("Editar configuración", screen.button("actions:edit"));
                chromium.screenshot("sync-es-connected");
            } finally {
                if (screen.isShown("actions:stop")) {
                    screen.click("actions:stop");
                }
            }
            assertEquals("Siguiente", screen.button("choice:next"), screen::pageText);
        }
    }

    @Test
    void aMailPasswordChangedOnTheServerIsSaidInSpanishAsTheMailsLastError() {
        try (var chromium = HeadlessChromium.start("es")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("bob", "bob-demo-1");
            screen.choose("MAIL", "IMAP");
            screen.fillImap("bob", BOB_MAIL_PASSWORD, DovecotServer.HOST, dovecot.ports().imap(), "NONE");
            screen.connect();
            try {
                dovecot.addUser("bob", "changed-on-the-server-" + UUID.randomUUID());
                screen.click("actions:runNow");
                awaitPageText(screen, "Último error El servidor de correo ha rechazado el usuario o la contraseña. "
                        + "Vuelve a iniciar sesión.");
                chromium.screenshot("sync-es-mail-last-error");
            } finally {
                dovecot.addUser("bob", BOB_MAIL_PASSWORD);
                screen.reload();
                if (screen.isShown("actions:stop")) {
                    screen.click("actions:stop");
                }
            }
        }
    }

    @Test
    void aUserPreviewsTheFirstSyncAndBlocksASenderBeforeConnecting() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mailbox = "p" + tag;
        dovecot.addUser(mailbox, "pw-" + tag);
        var admin = dev.tandem.testsupport.ApiClient.to(tandem.baseUri()).as("alice", "alice-demo-1");
        assertEquals(201, admin.post("api/users", jakarta.json.Json.createObjectBuilder().add("username", mailbox)
                .add("password", "tandem-" + tag).add("displayName", "P " + tag).add("email", mailbox + "@tandem.test")
                .build()).status());
        dovecot.appendMessage(mailbox, "INBOX", TestMails.plain("<" + tag + "@acme.com>", "ana@acme.com",
                mailbox + "@tandem.test", "Preview me " + tag, "Hi"));
        try (var chromium = HeadlessChromium.start("en")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen(mailbox, "tandem-" + tag);
            screen.choose("MAIL", "IMAP");
            screen.fillImap(mailbox, "pw-" + tag, DovecotServer.HOST, dovecot.ports().imap(), "NONE");
            screen.type("signin:firstSyncDays", "30");
            screen.click("signin:preview");
            assertEquals("1 of 1 mails of the last 30 days will be logged:", screen.text("preview-mail"),
                    screen::pageText);
            assertTrue(screen.text("preview-contacts").startsWith("Ana"), screen::pageText);
            assertFalse(screen.isShown("actions:stop"), "a preview does not connect");
            chromium.screenshot("sync-en-preview");

            screen.type("block:entry", "ana@acme.com");
            screen.click("block:check");
            assertEquals("Blocking ana@acme.com removes 0 logged mails and 0 attachments. Block it?",
                    screen.text("block-impact"), screen::pageText);
            screen.click("block:confirm");
            assertTrue(screen.messages().contains("ana@acme.com is blocked"), screen::messages);
            assertTrue(screen.text("blocklist").contains("ana@acme.com"), screen::pageText);
            chromium.screenshot("sync-en-blocklist");
        }
    }

    private static void awaitPageText(SyncScreen screen, String text) {
        new FluentWait<>(screen).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage(() -> "never shown: " + text + " in " + screen.pageText())
                .until(s -> {
                    s.reload();
                    return s.pageText().replaceAll("\\s+", " ").contains(text);
                });
    }

    private static void awaitLedgerRow(SyncScreen screen, String row) {
        new FluentWait<>(screen).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage(() -> "ledger row " + row + " never appeared")
                .until(s -> {
                    s.reload();
                    return s.ledgerRows().contains(row);
                });
    }
}

package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signed-in pages around the sync screen in a real browser: a new user lands on the dashboard, is invited
 * there to set up sync (the seed's path on phones), and finds the sync screen under the user icon (the seed's path
 * on the web); every page fits a 390 px phone without sideways scrolling, in Spanish as in English. Screenshots of
 * each page at 1280 px and 390 px go to {@code target/screenshots/}.
 */
class DashboardIT {

    private static TandemServer tandem;

    @BeforeAll
    static void startTandem() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("dashboard").withDemoData());
    }

    @AfterAll
    static void stopTandem() {
        if (tandem != null) {
            tandem.stop();
        }
    }

    @Test
    void aNewUserIsInvitedToSetUpSyncAndFindsItUnderTheUserIconToo() {
        String user = newUser("Dana Ortiz");
        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user, password(user));

            assertTrue(chromium.driver().getCurrentUrl().endsWith("/app/dashboard.xhtml"),
                    chromium.driver().getCurrentUrl());
            assertEquals("Dashboard · Tandem", chromium.driver().getTitle());
            assertEquals("Hello, Dana Ortiz.", pages.text("welcome"));
            assertEquals("Sync your mail and calendar with Tandem", pages.text("sync-notice-title"));
            assertTrue(pages.isShown("latest-empty"), pages::pageText);
            assertEquals("DO", pages.text("user-menu"));
            chromium.screenshot("dashboard-en-1280");

            pages.click("notice-start");
            pages.await("feedback");
            assertEquals("Mail & Calendar Sync · Tandem", chromium.driver().getTitle());

            driverGoesTo(chromium, "");
            pages.await("welcome");
            assertEquals("Dashboard · Tandem", chromium.driver().getTitle(), "the site's root is the dashboard");
            pages.openProfileFromTheUserIcon();
            assertEquals("Signed in as Dana Ortiz", pages.text("greeting"));
            chromium.screenshot("profile-en-1280");
            pages.openSyncFromTheProfile();
            assertEquals("Mail & Calendar Sync · Tandem", chromium.driver().getTitle());
            chromium.screenshot("sync-en-1280");
        }
    }

    @Test
    void everyPageFitsAPhoneAndSpeaksSpanish() {
        String user = newUser("Álvaro López");
        try (var chromium = HeadlessChromium.startPhone("es")) {
            var pages = new AppPages(chromium, tandem.baseUri());
            driverGoesTo(chromium, "login.xhtml");
            chromium.screenshotAndAssertFits("login-es-390");

            pages.signIn(user, password(user));
            assertEquals("Sincroniza tu correo y calendario con Tandem", pages.text("sync-notice-title"));
            assertEquals("ÁL", pages.text("user-menu"));
            chromium.screenshotAndAssertFits("dashboard-es-390");

            pages.openProfileFromTheUserIcon();
            assertEquals("Sesión iniciada como Álvaro López", pages.text("greeting"));
            assertEquals("Sincronización de Correo y Calendario", pages.text("sync-link"));
            chromium.screenshotAndAssertFits("profile-es-390");

            pages.openSyncFromTheProfile();
            assertEquals("Sincronización de Correo y Calendario · Tandem", chromium.driver().getTitle());
            chromium.screenshotAndAssertFits("sync-es-390");

            pages.searchContacts("garcía");
            chromium.screenshotAndAssertFits("contacts-es-390");
            pages.openContact("Ana");
            assertEquals("Acme Corp", pages.text("contact-company"));
            chromium.screenshotAndAssertFits("contact-es-390");
            assertFalse(pages.pageText().contains("???"), "a text without translation: " + pages.pageText());
        }
    }

    private static void driverGoesTo(HeadlessChromium chromium, String page) {
        chromium.driver().get(tandem.baseUri().resolve(page).toString());
    }

    private static String newUser(String displayName) {
        return TestUsers.create(tandem.baseUri(), "dash", displayName);
    }

    private static String password(String username) {
        return TestUsers.password(username);
    }
}

package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The screens' language and the end of a session in a real browser against the packaged Tandem: a user chooses
 * Spanish in "My profile" although the browser asks for English, keeps it across sign-ins and goes back to the
 * browser's language; a session that ended on the server (the browser's cookie names a session the server does not
 * know, as after the timeout) leads from a page or a form to the login page with the reason, in the browser's
 * language, and nothing of the post is applied; a post with a view state the session never gave (a forged form) is
 * not applied either.
 */
class LanguageAndSessionIT {

    private static final String EXPIRED_EN = "Your session expired after 60 minutes of inactivity. Sign in again; "
            + "nothing you saved was lost.";
    private static final String EXPIRED_ES = "Tu sesión ha caducado tras 60 minutos de inactividad. Vuelve a "
            + "iniciar sesión; no se ha perdido nada de lo que guardaste.";

    /** DisplayTimes' medium date and short time: "6 dic 2026 20:04" in Spanish, "Dec 6, 2026, 8:04 PM" in English. */
    private static final Pattern SPANISH_MOMENT = Pattern.compile("\\d{1,2} \\p{L}+\\.? \\d{4} \\d{1,2}:\\d{2}$");
    private static final Pattern ENGLISH_MOMENT =
            Pattern.compile("\\p{L}{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\\u202F][AP]M$");

    private static TandemServer tandem;

    @BeforeAll
    static void startTandem() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("language").withDemoData());
    }

    @AfterAll
    static void stopTandem() {
        if (tandem != null) {
            tandem.stop();
        }
    }

    @Test
    void aUserChoosesSpanishAlthoughTheBrowserAsksForEnglishAndGoesBackToAutomatic() {
        String user = newUser("Marta Gil");
        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user, password(user));
            assertEquals("Sync your mail and calendar with Tandem", pages.text("sync-notice-title"));
            pages.openProfileFromTheUserIcon();
            assertTrue(pages.pageText().contains("Language / Idioma"), pages::pageText);
            assertEquals("", pages.chosenLanguage(), "automatic until the user chooses");

            pages.chooseLanguage("es");
            assertEquals("Se ha guardado tu preferencia de idioma.", pages.text("messages"));
            assertEquals("es", pages.chosenLanguage());
            assertEquals("Mi perfil · Tandem", chromium.driver().getTitle());
            assertEquals("es", pages.language());
            assertEquals("Contactos", pages.text("nav-contacts"));
            assertEquals("Sincronización de Correo y Calendario", pages.text("nav-sync"));
            chromium.screenshot("profile-language-es");

            pages.searchContacts("garcía");
            pages.openContact("Ana");
            pages.addNote("Llamada", "Quiere la oferta el lunes.");
            assertEquals("Nota añadida al historial.", pages.text("messages"));
            pages.openDashboard();
            assertEquals("Hola, Marta Gil.", pages.text("welcome"));
            assertEquals("Sincroniza tu correo y calendario con Tandem", pages.text("sync-notice-title"));
            assertEquals("Últimas actividades", pages.text("latest-title"));
            assertTrue(SPANISH_MOMENT.matcher(pages.firstActivityMeta()).find(), pages::pageText);

            pages.signOut();
            assertEquals("Sign in to Tandem", chromium.driver().getTitle(), "the login page follows the browser");
            pages.signIn(user, password(user));
            assertEquals("Sincroniza tu correo y calendario con Tandem", pages.text("sync-notice-title"),
                    "the choice is the user's, kept across sessions");

            pages.openProfileFromTheUserIcon();
            pages.chooseLanguage("");
            assertEquals("Your language setting is saved.", pages.text("messages"));
            assertEquals("", pages.chosenLanguage());
            assertEquals("en", pages.language());
            assertEquals("Contacts", pages.text("nav-contacts"));
            pages.openDashboard();
            assertEquals("Sync your mail and calendar with Tandem", pages.text("sync-notice-title"));
            assertTrue(ENGLISH_MOMENT.matcher(pages.firstActivityMeta()).find(), pages::pageText);
            assertFalse(pages.pageText().contains("???"), pages::pageText);
        }
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsToTheLoginPageWithTheReasonAndChangesNothing() {
        String user = newUser("Luis Vega");
        try (var chromium = HeadlessChromium.start("es")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user, password(user));
            pages.openProfileFromTheUserIcon();
            pages.pickLanguage("en");
            pages.loseTheServerSession();
            chromium.clickAndAwaitNewPage(By.id("language:save"));

            assertTrue(chromium.driver().getCurrentUrl().endsWith("/login.xhtml?expired=true"),
                    chromium.driver().getCurrentUrl());
            assertEquals(EXPIRED_ES, pages.text("expired"));
            chromium.screenshot("login-expired-es");

            pages.submitLogin(user, password(user));
            pages.await("welcome");
            assertEquals("Hola, Luis Vega.", pages.text("welcome"));
            pages.openProfileFromTheUserIcon();
            assertEquals("", pages.chosenLanguage(), "the post of the expired session was not applied");
        }
    }

    @Test
    void aPageOpenedOrTheLoginFormPostedAfterTheSessionEndedSaysWhyInTheBrowsersLanguage() {
        String user = newUser("Nora Díaz");
        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user, password(user));
            pages.loseTheServerSession();
            pages.openPage("app/contacts.xhtml");
            pages.await("expired");
            assertEquals(EXPIRED_EN, pages.text("expired"));
            assertEquals("Sign in to Tandem", chromium.driver().getTitle());

            pages.loseTheServerSession();
            pages.submitLogin(user, password(user));
            assertTrue(chromium.driver().getCurrentUrl().endsWith("/login.xhtml?expired=true"),
                    "a login form whose view the server no longer holds: " + chromium.driver().getCurrentUrl());
            assertEquals(EXPIRED_EN, pages.text("expired"));

            pages.submitLogin(user, password(user));
            pages.await("welcome");
            assertEquals("Hello, Nora Díaz.", pages.text("welcome"));
        }
    }

    @Test
    void aPostWithAViewStateTheSessionNeverGaveIsNotApplied() {
        String user = newUser("Omar Ruiz");
        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user, password(user));
            pages.openProfileFromTheUserIcon();
            pages.pickLanguage("es");
            pages.forgeViewState("language");
            chromium.clickAndAwaitNewPage(By.id("language:save"));

            assertTrue(chromium.driver().getCurrentUrl().endsWith("/profile.xhtml"),
                    "the page again, by GET: " + chromium.driver().getCurrentUrl());
            assertFalse(pages.isShown("expired"));
            assertEquals("", pages.chosenLanguage(), "the forged post was not applied");
            assertEquals("Contacts", pages.text("nav-contacts"));
        }
    }

    private static String newUser(String displayName) {
        return TestUsers.create(tandem.baseUri(), "lang", displayName);
    }

    private static String password(String username) {
        return TestUsers.password(username);
    }
}

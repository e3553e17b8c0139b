package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screens' language and the end of a session in a real browser against the packaged Tandem: a user chooses
 * Spanish in "My profile" although the browser asks for English, keeps it across sign-ins and goes back to the
 * browser's language.
 */
class LanguageAndSessionIT {

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

            pages.openDashboard();
            assertEquals("Hola, Marta Gil.", pages.text("welcome"));
            assertEquals("Sincroniza tu correo y calendario con Tandem", pages.text("sync-notice-title"));
            assertEquals("Últimas actividades", pages.text("latest-title"));

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
            assertFalse(pages.pageText().contains("???"), pages::pageText);
        }
    }

    /** A user of its own per test, created by the demo admin, so that no test sees another's language. */
    private static String newUser(String displayName) {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("username", username).add("password", password(username))
                .add("displayName", displayName).add("email", username + "@tandem.test").build();
        assertEquals(201, ApiClient.to(tandem.baseUri()).as("alice", "alice-demo-1").post("api/users", body)
                .status());
        return username;
    }

    private static String password(String username) {
        return "pw-" + username + "-2026";
    }
}

package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The screens' language: the user's choice, else the browser's first language the screens speak, else English. */
class ScreenLanguagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final ScreenLanguages LANGUAGES = new ScreenLanguages(List.of(Locale.ENGLISH, SPANISH),
            Locale.ENGLISH);

    @Test
    void theUsersChoiceWinsOverTheBrowser() {
        assertEquals(SPANISH, LANGUAGES.forUser(Optional.of(SPANISH), browser("en-US", "en")));
        assertEquals(Locale.ENGLISH, LANGUAGES.forUser(Optional.of(Locale.ENGLISH), browser("es-ES")));
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageApplies() {
        assertEquals(Locale.forLanguageTag("es-ES"), LANGUAGES.forUser(Optional.empty(), browser("es-ES", "en")));
        assertEquals(Locale.forLanguageTag("en-GB"), LANGUAGES.forUser(Optional.empty(), browser("en-GB")));
    }

    @Test
    void theBrowsersFirstLanguageTheScreensSpeakIsTaken() {
        assertEquals(Locale.forLanguageTag("es-MX"), LANGUAGES.forBrowser(browser("de-DE", "fr", "es-MX", "en")));
    }

    @Test
    void aBrowserAskingForNoneOfThemGetsEnglish() {
        assertEquals(Locale.ENGLISH, LANGUAGES.forBrowser(browser("de-DE", "fr")));
        assertEquals(Locale.ENGLISH, LANGUAGES.forBrowser(browser()));
    }

    @Test
    void aSavedLanguageTheScreensNoLongerSpeakCountsAsNoChoice() {
        assertEquals(SPANISH, LANGUAGES.forUser(Optional.of(Locale.FRENCH), browser("es")));
        assertEquals(Locale.ENGLISH, LANGUAGES.forUser(Optional.of(Locale.FRENCH), browser("fr")));
    }

    @Test
    void onlyTheScreensLanguagesMayBeChosen() {
        assertTrue(LANGUAGES.isSupported(SPANISH));
        assertTrue(LANGUAGES.isSupported(Locale.forLanguageTag("en-US")));
        assertFalse(LANGUAGES.isSupported(Locale.GERMAN));
        assertFalse(LANGUAGES.isSupported(Locale.ROOT));
    }

    private static Iterator<Locale> browser(String... tags) {
        return Arrays.stream(tags).map(Locale::forLanguageTag).iterator();
    }
}

package dev.tandem.web.faces;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language the screens speak: the one the user chose in their profile, else the first of the browser's
 * languages (Accept-Language, in its order of preference) that the screens have, else the default. A saved choice
 * the screens no longer speak counts as no choice. The browser's locale is kept with its region ("es-MX"), so
 * dates read as there; the texts come from the language's bundle all the same.
 *
 * @param supported the languages the screens have texts for (faces-config's supported locales)
 * @param fallback  the language for browsers that ask for none of them (faces-config's default locale)
 */
record ScreenLanguages(List<Locale> supported, Locale fallback) {

    ScreenLanguages {
        supported = List.copyOf(supported);
    }

    /** For a signed-in user: their choice, else the browser's. */
    Locale forUser(Optional<Locale> chosen, Iterator<Locale> browser) {
        return chosen.filter(this::isSupported).orElseGet(() -> forBrowser(browser));
    }

    /** For a visitor nobody knows yet (the login page): the browser's language only. */
    Locale forBrowser(Iterator<Locale> browser) {
        while (browser.hasNext()) {
            Locale wanted = browser.next();
            if (isSupported(wanted)) {
                return wanted;
            }
        }
        return fallback;
    }

    /** Whether a language may be saved as a user's choice. */
    boolean isSupported(Locale locale) {
        return supported.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
    }
}

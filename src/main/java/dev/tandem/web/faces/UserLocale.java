package dev.tandem.web.faces;

import dev.tandem.crm.control.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The locale of this request's view, for {@code <f:view locale>}: the signed-in user's choice from their profile,
 * else the browser's language (see {@link ScreenLanguages}). {@code f:view} puts it on the view root, where
 * {@link FacesTexts#locale()}, {@link DisplayTimes} and Faces' own {@code msg} bundle read it. The languages are
 * those of faces-config.xml, so a new one is one more {@code supported-locale} and its bundle.
 */
@Named
@RequestScoped
public class UserLocale {

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    /** The signed-in user's language; the browser's for a visitor. */
    public Locale getLocale() {
        if (locale == null) {
            Optional<Locale> chosen = security.getCallerPrincipal() == null ? Optional.empty()
                    : currentUser.get().findLanguage();
            locale = languages().forUser(chosen, faces.getExternalContext().getRequestLocales());
        }
        return locale;
    }

    /** The browser's language alone, for pages shown before anyone signed in (login, errors). */
    public Locale getBrowser() {
        return languages().forBrowser(faces.getExternalContext().getRequestLocales());
    }

    /** The language a user who just chose {@code chosen} (empty: automatic) gets from now on. */
    Locale after(Optional<Locale> chosen) {
        return languages().forUser(chosen, faces.getExternalContext().getRequestLocales());
    }

    boolean isSupported(Locale language) {
        return languages().isSupported(language);
    }

    private ScreenLanguages languages() {
        Application application = faces.getApplication();
        List<Locale> supported = new ArrayList<>();
        application.getSupportedLocales().forEachRemaining(supported::add);
        Locale fallback = application.getDefaultLocale() == null ? Locale.ENGLISH : application.getDefaultLocale();
        return new ScreenLanguages(supported, fallback);
    }
}

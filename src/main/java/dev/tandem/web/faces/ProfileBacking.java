package dev.tandem.web.faces;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's profile page, with the choice of the screens' language: "" for automatic (the browser's
 * language) or the tag of a language the screens speak. The confirmation is written in the language just chosen,
 * since the page it shows on (after the redirect) already speaks it.
 */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserDirectory users;

    @Inject
    UserLocale userLocale;

    private String language;

    public AppUser getUser() {
        return currentUser.get();
    }

    public String saveLanguage() {
        Optional<Locale> chosen = Optional.ofNullable(language).filter(tag -> !tag.isBlank())
                .map(Locale::forLanguageTag).filter(userLocale::isSupported);
        users.chooseLanguage(currentUser.id(), chosen);
        FacesTexts.info(userLocale.after(chosen), "profile.language.saved");
        FacesTexts.keepForRedirect();
        return "/profile.xhtml?faces-redirect=true";
    }

    public String getLanguage() {
        if (language == null) {
            language = getUser().findLanguage().map(Locale::toLanguageTag).orElse("");
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}

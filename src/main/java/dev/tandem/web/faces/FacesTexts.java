package dev.tandem.web.faces;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The screens' texts in the language of the current view ({@code messages*.properties}), and the Faces messages
 * backing beans show with them. Control services speak English; a refusal that carries a {@link UserMessage} is
 * shown with that text instead, and one without is shown in English as it is.
 */
final class FacesTexts {

    private static final String BUNDLE = "dev.tandem.web.messages";

    private FacesTexts() {
    }

    static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** What a refusal says in the given language: its {@link UserMessage}'s text, else its English message. */
    static String refusal(TandemException refused, Locale locale) {
        return shown(refused.findUserMessage(), refused.getMessage(), locale);
    }

    /** The message's text in the given language, else (no message, or no text for its key) the English text. */
    static String shown(Optional<UserMessage> message, String english, Locale locale) {
        try {
            return message.map(shown -> text(locale, shown.key(), shown.args().toArray())).orElse(english);
        } catch (MissingResourceException noText) {
            return english;
        }
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An information in another language than the view's: the one a redirect's next page will speak. */
    static void info(Locale locale, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(locale, key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A control service's refusal in the view's language (see {@link #refusal}), never a stack trace. */
    static void error(TandemException refused) {
        add(FacesMessage.SEVERITY_ERROR, refusal(refused, locale()));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : faces.getExternalContext().getRequestLocale();
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}

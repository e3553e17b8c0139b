package dev.tandem.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screens' texts in the language of the current view ({@code messages*.properties}), and the Faces messages
 * backing beans show with them. Control services speak English; their messages are shown as they are.
 */
final class FacesTexts {

    private static final String BUNDLE = "dev.tandem.web.messages";

    private FacesTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A message a control service wrote for the user (a {@code TandemException}'s), never a stack trace. */
    static void errorAsIs(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
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

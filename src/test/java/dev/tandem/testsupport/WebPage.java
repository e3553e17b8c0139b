package dev.tandem.testsupport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page as the server sent it, with what a test needs to fill in a Faces form. */
public record WebPage(int status, Optional<String> location, String html) {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The {@code jakarta.faces.ViewState} hidden field Faces needs back with every post of a form. */
    public String viewState() {
        return find(VIEW_STATE).orElseThrow(() -> new IllegalStateException("No Faces view state in: " + html));
    }

    /** The {@code action} of the form with this id, as written in the page (a path such as {@code /login.xhtml}). */
    public String formAction(String formId) {
        var action = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"");
        return find(action).map(WebPage::unescape)
                .orElseThrow(() -> new IllegalStateException("No form '" + formId + "' in: " + html));
    }

    /** The page's text with tags removed and character references of the labels decoded, for "shows X" checks. */
    public String text() {
        return unescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }

    private Optional<String> find(Pattern pattern) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(unescape(matcher.group(1))) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}

package dev.tandem.mail.control.mime;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns the HTML of a received mail into HTML the CRM can show without risk (OWASP java-html-sanitizer).
 * <p>
 * Kept: text formatting, blocks, tables, inline CSS from the sanitizer's safe schema (no {@code url()}), links to
 * http, https and mailto, which get {@code rel="nofollow noopener noreferrer"}. Removed: script, style, iframes,
 * forms, event handlers and every other URL scheme. Remote images are dropped, since loading one tells the sender
 * that (and when) the mail was read; an image survives only when it points with {@code cid:} (RFC 2392) at a part
 * the mail itself carries, so the UI can serve it from the stored attachment.
 */
public final class MailHtmlSanitizer {

    private static final String CID = "cid:";

    private static final PolicyFactory MAIL_LAYOUT = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.STYLES).and(new HtmlPolicyBuilder()
                    .allowElements("a", "hr", "span", "font", "center", "pre", "code", "caption", "col",
                            "colgroup", "sup", "sub", "small", "big", "dl", "dt", "dd")
                    .allowAttributes("color", "face", "size").onElements("font")
                    .allowAttributes("align", "valign", "width", "height", "bgcolor", "border", "cellpadding",
                            "cellspacing", "colspan", "rowspan").globally()
                    .allowAttributes("href").matching(MailHtmlSanitizer::isSafeLink).onElements("a")
                    .allowAttributes("title").globally()
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    /**
     * @param html              the HTML body as the mail carries it (a whole document or a fragment)
     * @param knownContentIds   Content-IDs (without angle brackets) of the parts the mail carries; only
     *                          {@code cid:} images among them are kept
     */
    public String sanitize(String html, Set<String> knownContentIds) {
        return policy(knownContentIds).sanitize(html);
    }

    /** Feeds the sanitised event stream of {@code html} to {@code receiver}, e.g. to extract text from it. */
    void sanitizeInto(String html, HtmlStreamEventReceiver receiver) {
        HtmlSanitizer.sanitize(html, policy(Set.of()).apply(receiver));
    }

    private static PolicyFactory policy(Set<String> knownContentIds) {
        Predicate<String> carriedImage = src -> src.regionMatches(true, 0, CID, 0, CID.length())
                && knownContentIds.contains(src.substring(CID.length()).strip());
        return MAIL_LAYOUT.and(new HtmlPolicyBuilder()
                .allowElements(MailHtmlSanitizer::keepImageWithSource, "img")
                .allowAttributes("src").matching(carriedImage).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowUrlProtocols("cid")
                .toFactory());
    }

    /** An image whose remote source was dropped would only show a broken-image icon: drop it whole. */
    private static String keepImageWithSource(String element, List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("src".equals(attributes.get(i))) {
                return element;
            }
        }
        return null;
    }

    private static boolean isSafeLink(String href) {
        String scheme = href.strip().toLowerCase(Locale.ROOT);
        return scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("mailto:");
    }
}

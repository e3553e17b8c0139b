package dev.tandem.mail.control.mime;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Plain text for a mail that only has an HTML body, so the CRM can search and preview it. It reads the event
 * stream of the {@link MailHtmlSanitizer} (script and style content never reach it; entities arrive decoded) and
 * keeps the paragraph structure: block elements start new lines, whitespace inside text collapses as a browser
 * would collapse it, except inside {@code pre}.
 */
public final class MailHtmlTextExtractor {

    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "table", "ul", "ol", "dl", "hr");
    private static final Set<String> LINES = Set.of("div", "tr", "li", "dt", "dd", "center", "caption");

    private final MailHtmlSanitizer sanitizer;

    public MailHtmlTextExtractor(MailHtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    public String extractText(String html) {
        var collector = new TextCollector();
        sanitizer.sanitizeInto(html, collector);
        return collector.text();
    }

    /** Collects text, ending lines at block elements and leaving a blank line around paragraphs. */
    private static final class TextCollector implements HtmlStreamEventReceiver {

        private final StringBuilder text = new StringBuilder();
        private int preDepth;

        @Override
        public void openTag(String element, List<String> attributes) {
            if ("pre".equals(element)) {
                preDepth++;
            }
            if ("br".equals(element)) {
                text.append('\n');
            }
            breakLineAt(element);
            if (("td".equals(element) || "th".equals(element)) && !atLineStart()) {
                text.append(' ');
            }
        }

        @Override
        public void closeTag(String element) {
            if ("pre".equals(element)) {
                preDepth = Math.max(0, preDepth - 1);
            }
            breakLineAt(element);
        }

        @Override
        public void text(String chunk) {
            if (preDepth > 0) {
                text.append(chunk);
                return;
            }
            String collapsed = chunk.replaceAll("[ \\t\\r\\n\\f]+", " ");
            text.append(atLineStart() ? collapsed.stripLeading() : collapsed);
        }

        private boolean atLineStart() {
            return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
        }

        @Override
        public void openDocument() {
            text.setLength(0);
        }

        @Override
        public void closeDocument() {
            // Nothing is buffered: the text is complete.
        }

        private void breakLineAt(String element) {
            if (PARAGRAPHS.contains(element)) {
                endLineWithBlanks(2);
            } else if (LINES.contains(element)) {
                endLineWithBlanks(1);
            }
        }

        private void endLineWithBlanks(int newlines) {
            int trailing = 0;
            while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            if (text.length() > 0) {
                text.append("\n".repeat(Math.max(0, newlines - trailing)));
            }
        }

        String text() {
            return text.toString()
                    .replaceAll("(?m)[ \\t]+$", "")
                    .replaceAll("\n{3,}", "\n\n")
                    .strip();
        }
    }
}

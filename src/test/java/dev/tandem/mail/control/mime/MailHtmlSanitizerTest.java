package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailHtmlSanitizerTest {

    private final MailHtmlSanitizer sanitizer = new MailHtmlSanitizer();

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        String safe = sanitizer.sanitize("<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                + "<img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">click</a>", Set.of());

        assertFalse(safe.contains("script"), safe);
        assertFalse(safe.contains("alert"), safe);
        assertFalse(safe.contains("onclick"), safe);
        assertFalse(safe.contains("onerror"), safe);
        assertTrue(safe.contains("Hi") && safe.contains("click"), safe);
    }

    @Test
    void removesStyleElementsIframesAndForms() {
        String safe = sanitizer.sanitize("<style>body{background:url(http://t.example/x)}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\">"
                + "<input name=\"password\"></form><p>Body</p>", Set.of());

        assertEquals("<p>Body</p>", safe);
    }

    @Test
    void keepsSafeLinksAndMarksThemNofollowNoopener() {
        String safe = sanitizer.sanitize("<a href=\"https://acme.example/offer\">offer</a> "
                + "<a href=\"mailto:ana@acme.example\">Ana</a>", Set.of());

        String withoutRelOrder = safe.replaceAll("rel=\"[^\"]*\"", "rel=\"R\"");
        assertEquals("<a href=\"https://acme.example/offer\" rel=\"R\">offer</a> "
                + "<a href=\"mailto:ana&#64;acme.example\" rel=\"R\">Ana</a>", withoutRelOrder);
        Matcher rels = Pattern.compile("rel=\"([^\"]*)\"").matcher(safe);
        while (rels.find()) {
            assertEquals(Set.of("nofollow", "noopener", "noreferrer"), Set.of(rels.group(1).split(" ")));
        }
    }

    @Test
    void dropsRemoteImagesSoOpeningTheMailTellsTheSenderNothing() {
        String safe = sanitizer.sanitize("<p>Hello<img src=\"https://tracker.example/pixel.gif\" alt=\"\">"
                + "<img src=\"http://cdn.example/logo.png\" alt=\"logo\"></p>", Set.of());

        assertEquals("<p>Hello</p>", safe);
    }

    @Test
    void keepsCidImagesOnlyForPartsTheMailCarries() {
        String safe = sanitizer.sanitize("<img src=\"cid:logo@acme\" alt=\"Acme\"><img src=\"cid:missing@acme\">",
                Set.of("logo@acme"));

        assertEquals("<img src=\"cid:logo&#64;acme\" alt=\"Acme\" />", safe);
    }

    @Test
    void keepsFormattingAndTables() {
        String safe = sanitizer.sanitize("<table border=\"1\"><tr><td style=\"color:red\"><b>Price</b></td>"
                + "<td><i>100 €</i></td></tr></table>", Set.of());

        assertTrue(safe.contains("<table"), safe);
        assertTrue(safe.contains("<b>Price</b>"), safe);
        assertTrue(safe.contains("color:red"), safe);
        assertTrue(safe.contains("<i>100 €</i>"), safe);
    }
}

package dev.tandem.mail.control.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailHtmlTextExtractorTest {

    private final MailHtmlTextExtractor extractor = new MailHtmlTextExtractor(new MailHtmlSanitizer());

    @Test
    void keepsParagraphsAndDecodesEntities() {
        String text = extractor.extractText("<html><head><title>x</title><style>p{color:red}</style></head>"
                + "<body><p>Hola  Ana,</p>\n<p>el precio es &lt;100&nbsp;&euro;&gt;.<br>Saludos</p>"
                + "<script>var secret = 1;</script></body></html>");

        assertEquals("Hola Ana,\n\nel precio es <100\u00a0€>.\nSaludos", text);
    }

    @Test
    void putsTableRowsOnTheirOwnLines() {
        String text = extractor.extractText("<table><tr><td>Item</td><td>Price</td></tr>"
                + "<tr><td>Licence</td><td>100</td></tr></table>");

        assertEquals("Item Price\nLicence 100", text);
    }
}

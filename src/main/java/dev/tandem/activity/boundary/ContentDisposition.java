package dev.tandem.activity.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with both an ASCII fallback name and the exact UTF-8 name
 * (RFC 6266 §4.3, RFC 8187), so "Oferta año.pdf" downloads under its own name and no header can be injected.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package dev.tandem.calendar.control.ical;

import java.nio.charset.StandardCharsets;

/**
 * Content lines (RFC 5545 §3.1) the way Tandem reads and writes them, whatever carried the text. Folds are CRLF
 * followed by a space or tab, but calendar-data that came through an XML parser (a CalDAV REPORT) has every CRLF
 * turned into LF (XML 1.0 §2.11), and some servers and clients write LF alone; ical4j's unfolding only knows CRLF,
 * so a fold it does not see splits a parameter list or an address in two. Reading therefore first brings every
 * line end to CRLF; writing folds at 75 octets, never inside a UTF-8 sequence.
 */
final class ICalendarLines {

    static final int MAX_OCTETS = 75;

    private ICalendarLines() {
    }

    /** The text with CRLF, lone LF and lone CR all written as CRLF. */
    static String withCrlf(String text) {
        var out = new StringBuilder(text.length() + text.length() / 40);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("\r\n");
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append("\r\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds every unfolded CRLF line longer than 75 octets: the continuation starts with one space, which counts
     * towards its 75. Breaks fall between code points, so neither a UTF-8 sequence nor a surrogate pair is cut.
     */
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 30);
        for (String line : unfolded.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }
}

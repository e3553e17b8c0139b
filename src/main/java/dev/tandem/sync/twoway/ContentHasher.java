package dev.tandem.sync.twoway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Hashes an item's normalised text, so that a new etag with the same meaning is not taken for a change. Like
 * vdirsyncer, it ignores the properties servers and clients rewrite on every save (PRODID, DTSTAMP,
 * LAST-MODIFIED, ...) and the order of lines, which servers do not keep.
 */
public final class ContentHasher {

    private static final Set<String> VOLATILE_PROPERTIES = Set.of("PRODID", "DTSTAMP", "LAST-MODIFIED", "METHOD",
            "X-RADICALE-NAME", "X-WR-CALNAME");

    public String hash(String content) {
        List<String> kept = ICalendarText.unfoldedLines(content).stream()
                .map(String::strip)
                .filter(line -> !VOLATILE_PROPERTIES.contains(ICalendarText.propertyName(line)))
                .sorted()
                .toList();
        return sha256(String.join("\n", kept));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

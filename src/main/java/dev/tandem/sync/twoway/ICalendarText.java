package dev.tandem.sync.twoway;

import dev.tandem.sync.ItemKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The little the sync core reads from iCalendar text (RFC 5545) without a parser: unfolded lines, and a few
 * properties of the first event or task for the ledger and conflict policies. Parsing proper belongs to the
 * calendar adapter.
 */
public final class ICalendarText {

    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private ICalendarText() {
    }

    /** Content lines with folding undone (RFC 5545 §3.1: CRLF followed by a space or tab continues a line). */
    public static List<String> unfoldedLines(String content) {
        String unfolded = content.replace("\r\n", "\n").replace("\r", "\n").replaceAll("\n[ \t]", "");
        var lines = new ArrayList<String>();
        for (String line : unfolded.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The property's name: the text before the first {@code ;} or {@code :}, upper-cased. */
    public static String propertyName(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
            end++;
        }
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** The value of a property of the first VEVENT, VTODO or VJOURNAL (not of a VTIMEZONE before it). */
    public static Optional<String> findProperty(String content, String name) {
        boolean inItem = false;
        for (String line : unfoldedLines(content)) {
            if (beginsItemComponent(line.toUpperCase(Locale.ROOT))) {
                inItem = true;
            } else if (inItem && propertyName(line).equals(name) && line.indexOf(':') >= 0) {
                return Optional.of(line.substring(line.indexOf(':') + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean beginsItemComponent(String upperLine) {
        return upperLine.startsWith("BEGIN:V") && !upperLine.startsWith("BEGIN:VCALENDAR")
                && !upperLine.startsWith("BEGIN:VTIMEZONE");
    }

    /** SUMMARY of the item with RFC 5545 §3.3.11 escapes undone, for the ledger. */
    public static Optional<String> findSummary(String content) {
        return findProperty(content, "SUMMARY").map(value -> value.replace("\\n", " ").replace("\\N", " ")
                .replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"));
    }

    public static ItemKind kindOf(String content) {
        return content.toUpperCase(Locale.ROOT).contains("BEGIN:VTODO") ? ItemKind.TASK : ItemKind.EVENT;
    }

    /** LAST-MODIFIED (RFC 5545 §3.8.7.3) in UTC, the time of the item's last edit, when present and readable. */
    public static Optional<Instant> findLastModified(String content) {
        return findProperty(content, "LAST-MODIFIED").flatMap(ICalendarText::parseUtc);
    }

    private static Optional<Instant> parseUtc(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value.strip(), UTC_DATE_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

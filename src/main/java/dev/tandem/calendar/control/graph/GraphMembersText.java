package dev.tandem.calendar.control.graph;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a Graph calendar's members as text, one per line: id, kind, etag, UID, series master, start and end,
 * tab-separated and each percent-encoded so no value can break the format (as the CalDAV members are kept).
 * Unreadable lines are dropped: the next full round lists those events again.
 */
final class GraphMembersText {

    private static final int COLUMNS = 7;

    private GraphMembersText() {
    }

    static String write(Map<String, GraphMember> members) {
        var text = new StringBuilder();
        members.forEach((id, m) -> text.append(String.join("\t", enc(id), enc(m.kind().name()), enc(m.etag()),
                enc(m.uid()), enc(m.seriesMasterId()), m.start().toString(), m.end().toString())).append('\n'));
        return text.toString();
    }

    static Map<String, GraphMember> read(String text) {
        var members = new LinkedHashMap<String, GraphMember>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == COLUMNS) {
                parse(parts).ifPresent(member -> members.put(dec(parts[0]), member));
            }
        }
        return members;
    }

    private static Optional<GraphMember> parse(String[] parts) {
        try {
            return Optional.of(new GraphMember(GraphMember.Kind.valueOf(dec(parts[1])), dec(parts[2]), dec(parts[3]),
                    dec(parts[4]), Instant.parse(parts[5]), Instant.parse(parts[6])));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

package dev.tandem.calendar.control.collection;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a collection's members as text, one per line: kind, ETag, UID and href separated by tabs, each
 * percent-encoded so no value can break the format. One column instead of a table row per member: the members are
 * always read and written together.
 */
final class CollectionMembersText {

    private CollectionMembersText() {
    }

    static String write(Map<String, CollectionMember> members) {
        var text = new StringBuilder();
        members.forEach((href, m) -> text.append(enc(m.kind())).append('\t').append(enc(m.etag())).append('\t')
                .append(enc(m.uid())).append('\t').append(enc(href)).append('\n'));
        return text.toString();
    }

    static Map<String, CollectionMember> read(String text) {
        var members = new LinkedHashMap<String, CollectionMember>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 4) {
                members.put(dec(parts[3]), new CollectionMember(dec(parts[1]), dec(parts[2]), dec(parts[0])));
            }
        }
        return members;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

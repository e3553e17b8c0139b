package dev.tandem.connection.entity;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the arguments of a stored {@link dev.tandem.platform.UserMessage} fit one text column ({@code *_last_error_args},
 * V4): each argument as text, percent-encoded ({@code application/x-www-form-urlencoded}, UTF-8) and joined by
 * {@code ','}. The encoding never yields a comma, so any text (commas, quotes, line breaks) comes back as it went
 * in; numbers come back as their text. No arguments is stored as NULL.
 */
final class MessageArgsColumn {

    private static final String SEPARATOR = ",";

    private MessageArgsColumn() {
    }

    /** The column value, or NULL for none. */
    static String encode(List<?> args) {
        if (args.isEmpty()) {
            return null;
        }
        return args.stream().map(arg -> URLEncoder.encode(String.valueOf(arg), StandardCharsets.UTF_8))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The arguments a column value holds; empty for NULL. */
    static List<Object> decode(String stored) {
        return Optional.ofNullable(stored).map(column -> Arrays.stream(column.split(SEPARATOR, -1))
                .<Object>map(arg -> URLDecoder.decode(arg, StandardCharsets.UTF_8)).toList()).orElse(List.of());
    }
}

package dev.tandem.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset paging: a page is "the next {@code limit} rows with an id above {@code afterId}". The cursor handed to
 * clients is opaque (base64url), so the scheme can change without breaking them.
 */
public record PageRequest(int limit, long afterId) {

    public static final int MAX_LIMIT = 500;

    public static PageRequest of(int limit, String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidPageException("limit: must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(limit, cursor == null || cursor.isBlank() ? 0 : decode(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("id:" + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    private static long decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!plain.startsWith("id:")) {
                throw new InvalidPageException(BAD_CURSOR);
            }
            return Long.parseLong(plain.substring(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidPageException(BAD_CURSOR);
        }
    }

    private static final String BAD_CURSOR = "cursor: not a cursor from a previous page of this list";

    /** A limit out of range, or a cursor that this server did not hand out. */
    static final class InvalidPageException extends TandemException {
        InvalidPageException(String detail) {
            super(Kind.INVALID, detail);
        }
    }
}

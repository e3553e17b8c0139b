package dev.tandem.platform;

/**
 * Root of every feature's exception hierarchy. Each feature extends it once ({@code CrmException},
 * {@code ActivityException}, …) so that control code never throws JAX-RS types; the web layer maps the
 * {@link Kind} to an HTTP status in one place.
 */
public abstract class TandemException extends RuntimeException {

    /** What went wrong, in the terms the caller can act on. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_LARGE, UNPROCESSABLE, TOO_MANY, UNAVAILABLE }

    private final Kind kind;

    protected TandemException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    protected TandemException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A short title for problem documents; the message is the detail. */
    public String title() {
        return switch (kind) {
            case INVALID -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict";
            case TOO_LARGE -> "Content too large";
            case UNPROCESSABLE -> "Cannot be processed";
            case TOO_MANY -> "Too many requests";
            case UNAVAILABLE -> "Service unavailable";
        };
    }

    /** Extra members for the RFC 9457 problem document; none by default. */
    public java.util.Map<String, Object> problemExtensions() {
        return java.util.Map.of();
    }
}

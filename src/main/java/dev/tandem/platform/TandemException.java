package dev.tandem.platform;

import java.util.Optional;

/**
 * Root of every feature's exception hierarchy. Each feature extends it once ({@code CrmException},
 * {@code ActivityException}, …) so that control code never throws JAX-RS types; the web layer maps the
 * {@link Kind} to an HTTP status in one place.
 */
public abstract class TandemException extends RuntimeException {

    /** What went wrong, in the terms the caller can act on. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_LARGE, UNPROCESSABLE, TOO_MANY, UNAVAILABLE }

    private final Kind kind;
    private final UserMessage userMessage;

    protected TandemException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    protected TandemException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    /**
     * @param message     English, for the HTTP API's problem details and the logs
     * @param userMessage the same for the screens, as a text key they translate; null where there is none
     */
    protected TandemException(Kind kind, String message, Throwable cause, UserMessage userMessage) {
        super(message, cause);
        this.kind = kind;
        this.userMessage = userMessage;
    }

    public Kind kind() {
        return kind;
    }

    /** The message as the screens say it in the user's language, where the thrower gave one. */
    public Optional<UserMessage> findUserMessage() {
        return Optional.ofNullable(userMessage);
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

package dev.tandem.calendar.control.graph;

import dev.tandem.platform.AddressNotAllowedException;
import java.util.Optional;

/**
 * A request to Microsoft Graph failed. Messages name the method, URL, status and Graph's error code, never the
 * access token. {@link GraphFailures} turns these into the connection's few failure categories.
 */
public class GraphException extends RuntimeException {

    /** Used as {@link #status()} when no HTTP response arrived (connection refused, timeout, interruption). */
    public static final int NO_RESPONSE = -1;

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public GraphException(String message, int status, String code) {
        super(message);
        this.status = status;
        this.code = code == null ? "" : code;
    }

    public GraphException(String message, Throwable cause) {
        super(message, cause);
        this.status = NO_RESPONSE;
        this.code = "";
    }

    /** The HTTP status, or {@link #NO_RESPONSE}. */
    public int status() {
        return status;
    }

    /** Graph's {@code error.code}, e.g. {@code syncStateNotFound}; empty when the answer carried none. */
    public String code() {
        return code;
    }

    /** 401: the access token expired, was revoked or never was valid (RFC 6750 §3.1 invalid_token). */
    public boolean isUnauthorized() {
        return status == 401;
    }

    /** 404: nothing (anymore) at that id. */
    public boolean isNotFound() {
        return status == 404;
    }

    /** 412: the If-Match etag is not the event's current one (Graph's ErrorIrresolvableConflict). */
    public boolean isPreconditionFailed() {
        return status == 412;
    }

    /**
     * The delta token is no longer known: Graph answers 410 Gone (error code {@code syncStateNotFound} or
     * {@code resyncRequired}) and the only way on is a full synchronisation.
     */
    public boolean isSyncStateGone() {
        return status == 410 || "syncStateNotFound".equalsIgnoreCase(code) || "resyncRequired".equalsIgnoreCase(code);
    }

    /**
     * The host the outbound address policy refused (nothing was sent): retrying cannot help until the
     * configuration changes.
     */
    public Optional<String> findRefusedHost() {
        return getCause() instanceof AddressNotAllowedException refused ? Optional.of(refused.host())
                : Optional.empty();
    }

    /** True when retrying later may succeed: no response, throttled (429), or a server error (5xx). */
    public boolean isTemporary() {
        return status == NO_RESPONSE && findRefusedHost().isEmpty() || status == 429 || status >= 500;
    }
}

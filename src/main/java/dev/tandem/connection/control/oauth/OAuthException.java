package dev.tandem.connection.control.oauth;

/** An OAuth exchange that did not give tokens, sorted by what the caller can do about it. */
public class OAuthException extends RuntimeException {

    /** Why no token came. */
    public enum Reason {
        /**
         * The grant is gone (RFC 6749 §5.2 {@code invalid_grant}): the user revoked the consent, changed the
         * password, or the code was used or expired. Only signing in again helps.
         */
        GRANT_REVOKED,
        /** The server does not accept this installation's client ({@code invalid_client}): the administrator's job. */
        CLIENT_REJECTED,
        /** The server could not be reached or answered with an error of its own: trying later may help. */
        UNAVAILABLE
    }

    private final Reason reason;

    public OAuthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public OAuthException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

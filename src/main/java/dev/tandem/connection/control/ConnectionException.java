package dev.tandem.connection.control;

import dev.tandem.platform.TandemException;
import java.util.Map;

/** Everything that can go wrong when a user connects, reconfigures or stops their sync. */
public class ConnectionException extends TandemException {

    private final Map<String, Object> extensions;

    protected ConnectionException(Kind kind, String message, Map<String, Object> extensions) {
        super(kind, message);
        this.extensions = extensions;
    }

    public static ConnectionException invalid(String detail) {
        return new ConnectionException(Kind.INVALID, detail, Map.of());
    }

    public static ConnectionException alreadyActive() {
        return new ConnectionException(Kind.CONFLICT, "You already have an active sync connection. Stop it, or "
                + "change its settings, before connecting another account.", Map.of());
    }

    public static ConnectionException notConnected() {
        return new ConnectionException(Kind.CONFLICT, "You have no active sync connection.", Map.of());
    }

    public static ConnectionException pop3() {
        return new ConnectionException(Kind.INVALID, "POP3 is not supported: it downloads mail and deletes it "
                + "from the server, so nothing could be kept in sync. Use your provider's IMAP server instead.",
                Map.of("reasonCode", "POP3_NOT_SUPPORTED"));
    }

    /** The account could not be verified: 422 with the steps of the check in a {@code diagnosis} member. */
    public static ConnectionException verificationFailed(String detail, Object diagnosis) {
        return new ConnectionException(Kind.UNPROCESSABLE, detail,
                diagnosis == null ? Map.of() : Map.of("diagnosis", diagnosis));
    }

    public static ConnectionException notAvailable(String detail) {
        return new ConnectionException(Kind.INVALID, detail, Map.of());
    }

    @Override
    public Map<String, Object> problemExtensions() {
        return extensions;
    }
}

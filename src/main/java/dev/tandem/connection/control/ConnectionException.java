package dev.tandem.connection.control;

import dev.tandem.platform.TandemException;
import dev.tandem.platform.UserMessage;
import java.util.Map;

/**
 * Everything that can go wrong when a user connects, reconfigures or stops their sync. Refusals the sync screen can
 * meet carry a {@link UserMessage} ({@code sync.refused.*}) so that it says them in the user's language.
 */
public class ConnectionException extends TandemException {

    private final Map<String, Object> extensions;

    protected ConnectionException(Kind kind, String message, Map<String, Object> extensions) {
        this(kind, message, extensions, null);
    }

    protected ConnectionException(Kind kind, String message, Map<String, Object> extensions, UserMessage shown) {
        super(kind, message, null, shown);
        this.extensions = extensions;
    }

    public static ConnectionException invalid(String detail) {
        return new ConnectionException(Kind.INVALID, detail, Map.of());
    }

    /** @param shown the same as {@code detail}, for the screens */
    public static ConnectionException invalid(String detail, UserMessage shown) {
        return new ConnectionException(Kind.INVALID, detail, Map.of(), shown);
    }

    public static ConnectionException alreadyActive() {
        return new ConnectionException(Kind.CONFLICT, "You already have an active sync connection. Stop it, or "
                + "change its settings, before connecting another account.", Map.of(),
                UserMessage.of("sync.refused.alreadyActive"));
    }

    public static ConnectionException notConnected() {
        return new ConnectionException(Kind.CONFLICT, "You have no active sync connection.", Map.of(),
                UserMessage.of("sync.refused.notConnected"));
    }

    public static ConnectionException pop3() {
        return new ConnectionException(Kind.INVALID, Pop3.NOT_SUPPORTED + " Use your provider's IMAP server instead.",
                Map.of("reasonCode", "POP3_NOT_SUPPORTED"), UserMessage.of("sync.refused.pop3"));
    }

    /**
     * The account could not be verified: 422 with the steps of the check in a {@code diagnosis} member.
     *
     * @param shown the same as {@code detail}, for the screens; null where there is none
     */
    public static ConnectionException verificationFailed(String detail, Object diagnosis, UserMessage shown) {
        return new ConnectionException(Kind.UNPROCESSABLE, detail,
                diagnosis == null ? Map.of() : Map.of("diagnosis", diagnosis), shown);
    }

    /** @param shown the same as {@code detail}, for the screens */
    public static ConnectionException notAvailable(String detail, UserMessage shown) {
        return new ConnectionException(Kind.INVALID, detail, Map.of(), shown);
    }

    @Override
    public Map<String, Object> problemExtensions() {
        return extensions;
    }
}

package dev.tandem.connection.control;

import java.util.Set;

/**
 * Why Tandem refuses POP3, said the same way by the connect rules and the connectivity test: POP3 (RFC 1939)
 * downloads mail and deletes it from the server, so there is nothing to keep in sync.
 */
public final class Pop3 {

    /** POP3 (RFC 1939) and POP3 over TLS (RFC 8314). */
    public static final Set<Integer> PORTS = Set.of(110, 995);

    public static final String NOT_SUPPORTED = "POP3 is not supported: it downloads mail and deletes it from the "
            + "server, so nothing could be kept in sync.";

    private Pop3() {
    }
}

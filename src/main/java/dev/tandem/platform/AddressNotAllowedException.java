package dev.tandem.platform;

import java.io.IOException;

/**
 * A host a user named resolves only to addresses Tandem may not connect to (loopback, link-local, private, ...).
 * An {@link IOException}, because it is thrown where sockets are opened and must travel through mail and HTTP
 * libraries as a connection failure; no connection was attempted.
 */
public class AddressNotAllowedException extends IOException {

    private final String host;

    public AddressNotAllowedException(String host, String address) {
        super(host + " resolves to " + address + ", an internal address Tandem does not connect to unless the "
                + "administrator allows its network (tandem.net.allowed-networks).");
        this.host = host;
    }

    public String host() {
        return host;
    }
}

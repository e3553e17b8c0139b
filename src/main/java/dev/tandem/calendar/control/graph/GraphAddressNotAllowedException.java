package dev.tandem.calendar.control.graph;

import dev.tandem.platform.AddressNotAllowedException;

/**
 * The Graph root (or a link Graph answered with) leads to an internal address the outbound policy refuses;
 * nothing was sent there, and retrying cannot help until the configuration changes.
 */
public class GraphAddressNotAllowedException extends GraphException {

    private static final long serialVersionUID = 1L;

    private final String host;

    public GraphAddressNotAllowedException(AddressNotAllowedException refused) {
        super(refused.getMessage(), refused);
        this.host = refused.host();
    }

    public String host() {
        return host;
    }

    @Override
    public boolean isTemporary() {
        return false;
    }
}

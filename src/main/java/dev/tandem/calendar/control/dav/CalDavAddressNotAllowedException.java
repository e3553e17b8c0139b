package dev.tandem.calendar.control.dav;

import dev.tandem.platform.AddressNotAllowedException;

/**
 * The CalDAV URL, or a redirect the server answered with, leads to an internal address the outbound policy
 * refuses; nothing was sent there. Retrying cannot help until the URL or the administrator's setting changes.
 */
public class CalDavAddressNotAllowedException extends CalDavException {

    private final String host;

    public CalDavAddressNotAllowedException(AddressNotAllowedException refused) {
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

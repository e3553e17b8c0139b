package dev.tandem.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Reads {@code tandem.net.allowed-networks} at start-up, so that a mistyped network stops the deployment with a
 * message naming it, instead of failing the first user's connect.
 */
@Startup
@Singleton
public class OutboundAddressPolicyCheck {

    @PostConstruct
    void readSetting() {
        OutboundAddressPolicy.configured();
    }
}

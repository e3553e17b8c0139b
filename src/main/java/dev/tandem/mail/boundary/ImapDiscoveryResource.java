package dev.tandem.mail.boundary;

import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.diagnosis.ImapTestRateLimit;
import dev.tandem.mail.control.discovery.ImapDiscovery;
import dev.tandem.mail.control.discovery.ImapProposal;
import dev.tandem.mail.control.discovery.JndiSrvLookup;
import dev.tandem.platform.OutboundAddressPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/imap-discovery?email=}: the IMAP server proposed for an address (presets, autoconfig, DNS SRV), for
 * the sign-in form to fill in and the user to change. Shares the connectivity test's per-user limit, since it too
 * makes Tandem send requests.
 */
@Path("imap-discovery")
@Produces(MediaType.APPLICATION_JSON)
public class ImapDiscoveryResource {

    @Inject
    ProviderCatalog catalog;

    @Inject
    ImapTestRateLimit rateLimit;

    @Inject
    CurrentUser caller;

    @Inject
    @ConfigProperty(name = "tandem.discovery.autoconfig-url",
            defaultValue = "https://autoconfig.{domain}/mail/config-v1.1.xml")
    String autoconfigUrl;

    @Inject
    @ConfigProperty(name = "tandem.discovery.timeout-millis", defaultValue = "3000")
    long timeoutMillis;

    @GET
    public ImapProposal propose(@QueryParam("email") String email) {
        rateLimit.acquire(caller.id());
        Duration timeout = Duration.ofMillis(timeoutMillis);
        return new ImapDiscovery(catalog, autoconfigUrl, timeout, new JndiSrvLookup(timeout),
                OutboundAddressPolicy.configured()).propose(email);
    }
}

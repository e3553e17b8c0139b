package dev.tandem.mail.control.discovery;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.platform.AddressNotAllowedException;
import dev.tandem.platform.OutboundAddressPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Proposes the IMAP server for an address: the provider presets by domain first (no network), then the domain's
 * autoconfig file, then its SRV records. Each network step is bounded by one timeout; the only names looked up are
 * built from the address's own domain, so discovery never sends a request anywhere the user did not point it.
 * The autoconfig host must also pass the {@link OutboundAddressPolicy}: a domain whose {@code autoconfig.} name
 * resolves into the server's own network (169.254.169.254, a private range) is not asked, so that typing an
 * address cannot make Tandem fetch an internal URL.
 */
public class ImapDiscovery {

    /** A DNS name as RFC 1123 allows it, with at least one dot: anything else is not looked up at all. */
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
            + "[a-z]{2,63}");

    private final ProviderCatalog catalog;
    private final String autoconfigUrl;
    private final Duration timeout;
    private final SrvLookup dns;
    private final HttpClient http;
    private final OutboundAddressPolicy addressPolicy;

    /**
     * @param autoconfigUrl the autoconfig address with {@code {domain}} for the address's domain (RFC-less, the
     *                      convention is {@code https://autoconfig.{domain}/mail/config-v1.1.xml})
     */
    public ImapDiscovery(ProviderCatalog catalog, String autoconfigUrl, Duration timeout, SrvLookup dns,
            OutboundAddressPolicy addressPolicy) {
        this.catalog = catalog;
        this.addressPolicy = addressPolicy;
        this.autoconfigUrl = autoconfigUrl;
        this.timeout = timeout;
        this.dns = dns;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @throws DiscoveryException when the address has no usable domain or nothing proposed a server */
    public ImapProposal propose(String email) {
        String domain = domainOf(email).orElseThrow(DiscoveryException::notAnAddress);
        return fromPreset(domain).or(() -> fromAutoconfig(domain)).or(() -> SrvProposals.of(domain, dns))
                .orElseThrow(() -> DiscoveryException.nothingFound(email));
    }

    static Optional<String> domainOf(String email) {
        int at = email == null ? -1 : email.strip().lastIndexOf('@');
        if (at < 1) {
            return Optional.empty();
        }
        String domain = email.strip().substring(at + 1).toLowerCase(Locale.ROOT);
        return DOMAIN.matcher(domain).matches() ? Optional.of(domain) : Optional.empty();
    }

    private Optional<ImapProposal> fromPreset(String domain) {
        return catalog.all().stream().filter(preset -> preset.domains().contains(domain)).findFirst()
                .map(ImapDiscovery::proposal);
    }

    private static ImapProposal proposal(Preset preset) {
        return new ImapProposal(preset.mail().host(), preset.mail().port(),
                MailSecurity.valueOf(preset.mail().security()), "PRESET", preset.id().name());
    }

    private Optional<ImapProposal> fromAutoconfig(String domain) {
        try {
            URI uri = URI.create(autoconfigUrl.replace("{domain}", domain));
            addressPolicy.permittedAddresses(uri.getHost());
            var request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? AutoconfigDocument.imapServer(response.body()) : Optional.empty();
        } catch (AddressNotAllowedException internalAddress) {
            return Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException unreachable) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

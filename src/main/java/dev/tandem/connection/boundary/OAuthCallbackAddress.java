package dev.tandem.connection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * This installation's {@code /oauth/callback} address, which must be exactly the redirect URI registered with
 * Google and Microsoft (RFC 6749 §3.1.2). Behind a proxy the address the server sees differs from the public
 * one, so {@code tandem.oauth.redirect-uri} names it; without it, the address the browser used is taken.
 */
@ApplicationScoped
public class OAuthCallbackAddress {

    static final String PATH = "/oauth/callback";

    @Inject
    Config config;

    public URI of(HttpServletRequest request) {
        Optional<String> configured = config.getOptionalValue("tandem.oauth.redirect-uri", String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
        return URI.create(configured.orElseGet(() -> fromRequest(request)));
    }

    private static String fromRequest(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usualPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (usualPort ? "" : ":" + port) + request.getContextPath()
                + PATH;
    }
}

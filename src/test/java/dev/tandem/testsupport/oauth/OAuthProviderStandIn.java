package dev.tandem.testsupport.oauth;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * Google's or Microsoft's side of an OAuth sign-in, on loopback: a real OAuth 2.0 / OpenID Connect server
 * (mock-oauth2-server: authorization endpoint with PKCE, token endpoint with refresh and rotation, signed ID tokens)
 * behind a {@link ProviderFront} that remembers what it granted, can withdraw a consent, and serves the accounts'
 * calendars with bearer tokens only. Each account is an issuer of its own, so that its tokens name its address.
 *
 * <pre>{@code
 * try (var google = OAuthProviderStandIn.start("tandem-client", Duration.ofMinutes(1), radicale.baseUri(),
 *         List.of(new OAuthAccount("gmail-alice", "alice@gmail.test", "alice", "pw")), List.of("mail.google.com"),
 *         (account, token) -> { })) {
 *     String authorize = google.authorizationUrl("gmail-alice");
 * }
 * }</pre>
 */
public final class OAuthProviderStandIn implements AutoCloseable {

    private final MockOAuth2Server oauth;
    private final IssuedTokens tokens;
    private final ProviderFront front;

    private OAuthProviderStandIn(MockOAuth2Server oauth, IssuedTokens tokens, ProviderFront front) {
        this.oauth = oauth;
        this.tokens = tokens;
        this.front = front;
    }

    /**
     * @param lifetime  of each access token
     * @param mailApis    what a scope names when it asks for mail ({@code IMAP.AccessAsUser.All}, …)
     * @param onMailToken told each time an account is granted an access token good for mail (asked for one of
     *                    {@code mailApis}, or for the whole consent), e.g. to let its mailbox accept it
     */
    public static OAuthProviderStandIn start(String clientId, Duration lifetime, URI calendarServer,
                                             List<OAuthAccount> accounts, List<String> mailApis,
                                             BiConsumer<OAuthAccount, String> onMailToken) {
        Map<String, OAuthAccount> byIssuer = accounts.stream()
                .collect(Collectors.toMap(OAuthAccount::issuerId, Function.identity()));
        java.util.Set<OAuth2TokenCallback> callbacks = accounts.stream()
                .map(a -> new AccountTokenCallback(a.issuerId(), a.email(), clientId, lifetime))
                .collect(Collectors.toSet());
        var oauth = new MockOAuth2Server(new OAuth2Config(false, null, null, true, new OAuth2TokenProvider(),
                callbacks));
        oauth.start(InetAddress.getLoopbackAddress(), 0);
        var tokens = new IssuedTokens((issuer, token, grant) -> {
            if (mailApis.stream().anyMatch(grant::covers)) {
                onMailToken.accept(byIssuer.get(issuer), token);
            }
        }, issuer -> byIssuer.get(issuer).tokenPerApi());
        var front = new ProviderFront(tokens, issuer -> oauth.tokenEndpointUrl(issuer).uri(), byIssuer,
                calendarServer);
        return new OAuthProviderStandIn(oauth, tokens, front);
    }

    /** The consent page Tandem sends the pop-up window to (the OAuth server's own). */
    public String authorizationUrl(String issuerId) {
        return oauth.authorizationEndpointUrl(issuerId).toString();
    }

    /** The token endpoint Tandem talks to (through the front). */
    public String tokenUrl(String issuerId) {
        return front.baseUri().resolve("token/" + issuerId).toString();
    }

    /** The provider's CalDAV, which takes bearer tokens. */
    public URI calendarUrl() {
        return front.baseUri();
    }

    /** The user withdraws Tandem's access: refreshes get {@code invalid_grant}, the last token stops working. */
    public void revoke(String issuerId) {
        tokens.revoke(issuerId);
    }

    /** Whether the provider's APIs (its calendar, Microsoft Graph) take this access token now. */
    /** Whether an API ({@code graph.microsoft.com}, say) takes this token: granted, not withdrawn, and for it. */
    public boolean acceptsFor(String accessToken, String api) {
        return tokens.findGrant(accessToken).filter(grant -> grant.covers(api)).isPresent();
    }

    public int tokenRequests(String issuerId) {
        return tokens.requests(issuerId);
    }

    @Override
    public void close() {
        front.close();
        oauth.shutdown();
    }
}

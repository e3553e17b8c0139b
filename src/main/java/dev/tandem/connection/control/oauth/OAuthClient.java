package dev.tandem.connection.control.oauth;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The client side of the authorization code flow (RFC 6749 §4.1) with PKCE (RFC 7636, S256), and the refresh
 * (RFC 6749 §6). The client authenticates with {@code client_secret_post} when it has a secret (both Google and
 * Microsoft accept it), and as a public client with only its id otherwise. Every call is bounded in time.
 */
public class OAuthClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Clock clock;

    public OAuthClient(Clock clock) {
        this.clock = clock;
    }

    /** A new PKCE code verifier: 32 random bytes, base64url (RFC 7636 §4.1). */
    public static String newCodeVerifier() {
        return new CodeVerifier().getValue();
    }

    /** A new unguessable {@code state} value (RFC 6749 §10.12). */
    public static String newState() {
        return new State().getValue();
    }

    /** The URL the pop-up window opens: the provider's consent page for these scopes. */
    public URI authorizationUrl(OAuthServer server, AuthorizationAsk ask) {
        var builder = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(server.clientId()))
                .endpointURI(URI.create(server.authorizationUrl()))
                .redirectionURI(ask.redirectUri())
                .scope(new Scope(ask.scopes().toArray(String[]::new)))
                .state(new State(ask.state()))
                .codeChallenge(new CodeVerifier(ask.codeVerifier()), CodeChallengeMethod.S256);
        server.extraParameters().forEach(builder::customParameter);
        ask.loginHint().ifPresent(hint -> builder.customParameter("login_hint", hint));
        return builder.build().toURI();
    }

    /**
     * Trades the code the callback received for tokens; the verifier proves this client asked for it.
     *
     * @param scopes the token's scopes, or empty for all the user consented to (RFC 6749 §4.1.3 has no scope,
     *               but the Microsoft identity platform takes one to say which API the token is for)
     */
    public GrantedTokens exchange(OAuthServer server, URI redirectUri, String code, String codeVerifier,
                                  Optional<List<String>> scopes) {
        return request(server, new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                new CodeVerifier(codeVerifier)), scopes);
    }

    /**
     * A new access token for the refresh token; keeps the refresh token when the server issues no new one.
     *
     * @param scopes what the new token is for (RFC 6749 §6), or empty for what the grant covers
     */
    public GrantedTokens refresh(OAuthServer server, String refreshToken, Optional<List<String>> scopes) {
        return request(server, new RefreshTokenGrant(new RefreshToken(refreshToken)), scopes).orKeep(refreshToken);
    }

    private GrantedTokens request(OAuthServer server, AuthorizationGrant grant, Optional<List<String>> scopes) {
        URI endpoint = URI.create(server.tokenUrl());
        var builder = server.clientSecret() == null || server.clientSecret().isBlank()
                ? new TokenRequest.Builder(endpoint, new ClientID(server.clientId()), grant)
                : new TokenRequest.Builder(endpoint, new ClientSecretPost(new ClientID(server.clientId()),
                        new Secret(server.clientSecret())), grant);
        scopes.map(list -> String.join(" ", list)).ifPresent(scope -> {
            if (grant instanceof AuthorizationCodeGrant) {
                // Nimbus leaves scope out of a code exchange (RFC 6749 §4.1.3 has none); Microsoft reads it there.
                builder.customParameter("scope", scope);
            } else {
                builder.scope(Scope.parse(scope));
            }
        });
        TokenRequest request = builder.build();
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout((int) TIMEOUT.toMillis());
        http.setReadTimeout((int) TIMEOUT.toMillis());
        try {
            return TokenAnswers.read(OIDCTokenResponseParser.parse(http.send()), clock);
        } catch (IOException e) {
            throw new OAuthException(OAuthException.Reason.UNAVAILABLE, "The token endpoint " + endpoint.getHost()
                    + " could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (ParseException e) {
            throw new OAuthException(OAuthException.Reason.UNAVAILABLE, "The token endpoint " + endpoint.getHost()
                    + " answered something that is not an OAuth 2.0 token response.", e);
        }
    }
}

package dev.tandem.connection.control.oauth;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What one authorization request asks for.
 *
 * @param redirectUri  where the provider sends the pop-up back ({@code /oauth/callback}); the exchange must name
 *                     the same one (RFC 6749 §4.1.3)
 * @param state        ties the callback to the sign-in that started it (RFC 6749 §10.12)
 * @param codeVerifier the PKCE secret whose S256 hash goes into the request (RFC 7636 §4.2)
 * @param loginHint    the address the user is expected to sign in with, if known
 */
public record AuthorizationAsk(URI redirectUri, List<String> scopes, String state, String codeVerifier,
                               Optional<String> loginHint) {

    public AuthorizationAsk {
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "AuthorizationAsk[" + redirectUri + ", " + scopes + "]";
    }
}

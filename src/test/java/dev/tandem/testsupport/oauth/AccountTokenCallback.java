package dev.tandem.testsupport.oauth;

import com.nimbusds.oauth2.sdk.TokenRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * What the OAuth server puts in the tokens of one issuer: the account's address as subject and as the ID token's
 * {@code email} claim (as Google does), and a lifetime short enough for tests to see refreshes.
 */
final class AccountTokenCallback implements OAuth2TokenCallback {

    private final String issuerId;
    private final String email;
    private final String clientId;
    private final Duration lifetime;

    AccountTokenCallback(String issuerId, String email, String clientId, Duration lifetime) {
        this.issuerId = issuerId;
        this.email = email;
        this.clientId = clientId;
        this.lifetime = lifetime;
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        return email;
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return List.of(clientId);
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        return Map.of("email", email, "email_verified", true);
    }

    @Override
    public long tokenExpiry() {
        return lifetime.toSeconds();
    }
}

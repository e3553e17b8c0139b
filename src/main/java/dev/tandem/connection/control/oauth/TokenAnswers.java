package dev.tandem.connection.control.oauth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a token endpoint's answer: the tokens, or the error sorted by what can be done about it. */
final class TokenAnswers {

    /** Assumed when a server leaves {@code expires_in} out (RFC 6749 §5.1 makes it only RECOMMENDED). */
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private TokenAnswers() {
    }

    static GrantedTokens read(TokenResponse response, Clock clock) {
        if (!response.indicatesSuccess()) {
            throw failure(response.toErrorResponse().getErrorObject());
        }
        Tokens tokens = response.toSuccessResponse().getTokens();
        AccessToken access = tokens.getAccessToken();
        long lifetime = access.getLifetime() > 0 ? access.getLifetime() : DEFAULT_LIFETIME_SECONDS;
        return new GrantedTokens(access.getValue(),
                Optional.ofNullable(tokens.getRefreshToken()).map(t -> t.getValue()),
                Instant.now(clock).plusSeconds(lifetime), emailOf(tokens));
    }

    /**
     * The address in the ID token. Its signature is not checked: it came straight from the token endpoint over
     * TLS, which OpenID Connect Core §3.1.3.7 accepts in place of the signature. Google names the address
     * {@code email}; Microsoft's work accounts may carry only {@code preferred_username} or {@code upn}.
     */
    private static Optional<String> emailOf(Tokens tokens) {
        if (!(tokens instanceof OIDCTokens oidc) || oidc.getIDToken() == null) {
            return Optional.empty();
        }
        JWT idToken = oidc.getIDToken();
        try {
            var claims = idToken.getJWTClaimsSet();
            return Stream.of("email", "preferred_username", "upn")
                    .map(name -> stringClaim(claims, name))
                    .flatMap(Optional::stream)
                    .filter(value -> value.contains("@"))
                    .findFirst();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> stringClaim(com.nimbusds.jwt.JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static OAuthException failure(ErrorObject error) {
        String code = error.getCode() == null ? "" : error.getCode();
        String text = "The token endpoint refused: " + code
                + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")");
        if (OAuth2Error.INVALID_GRANT_CODE.equals(code)) {
            return new OAuthException(OAuthException.Reason.GRANT_REVOKED, text);
        }
        if (OAuth2Error.INVALID_CLIENT_CODE.equals(code) || OAuth2Error.UNAUTHORIZED_CLIENT_CODE.equals(code)) {
            return new OAuthException(OAuthException.Reason.CLIENT_REJECTED, text);
        }
        return new OAuthException(OAuthException.Reason.UNAVAILABLE, text);
    }
}

package dev.tandem.connection.control.oauth;

import java.time.Instant;
import java.util.Optional;

/**
 * What a token endpoint granted. The tokens never appear in {@link #toString()}.
 *
 * @param refreshToken empty when the server issued none (Google issues one only on the first consent with
 *                     {@code access_type=offline}; a refresh usually keeps the old one)
 * @param expiresAt    when the access token stops working, as the server's {@code expires_in} says
 * @param email        the account's address from the ID token, when the server sent one
 */
public record GrantedTokens(String accessToken, Optional<String> refreshToken, Instant expiresAt,
                            Optional<String> email) {

    /** Keeps the refresh token the server already gave when a refresh did not hand out a new one. */
    public GrantedTokens orKeep(String previousRefreshToken) {
        return refreshToken.isPresent() ? this
                : new GrantedTokens(accessToken, Optional.ofNullable(previousRefreshToken), expiresAt, email);
    }

    @Override
    public String toString() {
        return "GrantedTokens[expiresAt=" + expiresAt + ", refresh=" + refreshToken.isPresent() + ", email="
                + email.orElse("?") + "]";
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.control.StoredAccounts.Secrets;
import dev.tandem.connection.control.oauth.GrantedTokens;
import dev.tandem.connection.control.oauth.OAuthClient;
import dev.tandem.connection.control.oauth.OAuthException;
import dev.tandem.connection.entity.SyncConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps OAuth connections' access tokens usable: before a session, a token that expires within
 * {@link #RENEW_BEFORE} is refreshed (RFC 6749 §6) and the new one saved, encrypted, before it is used; a provider
 * that rotates refresh tokens (Microsoft) gets its new one kept at the same moment. Network work happens outside
 * any transaction; reading and saving are each their own.
 */
@ApplicationScoped
public class AccessTokens {

    /** Longer than any one session step, so that a token never expires in the middle of one. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    @Inject
    ConnectionStore store;

    @Inject
    CredentialVault vault;

    @Inject
    ProviderCatalog catalog;

    @Inject
    Clock clock;

    /**
     * Refreshes the connection's access token when it is about to expire.
     *
     * @return true when a new token was saved; false for password connections and fresh tokens
     * @throws SyncFailure AUTH when the consent is gone, TEMPORARY when the provider cannot be reached
     */
    public boolean renewIfExpiring(long connectionId) {
        Optional<SyncConnection> found = store.find(connectionId).filter(SyncConnection::isSyncing);
        if (found.isEmpty() || !StoredAccounts.settings(found.get().getSettings()).signsInWithOAuth()) {
            return false;
        }
        SyncConnection connection = found.get();
        Optional<String> secret = connection.findSecret();
        if (secret.isEmpty()) {
            return false;
        }
        Secrets secrets = StoredAccounts.secrets(vault.decrypt(connection.getUserId(), secret.get()));
        if (secrets.accessTokenExpiry().isAfter(Instant.now(clock).plus(RENEW_BEFORE))) {
            return false;
        }
        GrantedTokens renewed = refresh(connection, secrets.refreshToken);
        secrets.accessToken = renewed.accessToken();
        secrets.refreshToken = renewed.refreshToken().orElse(secrets.refreshToken);
        secrets.accessTokenExpiresAt = renewed.expiresAt().getEpochSecond();
        store.renewSecret(connectionId, vault.encrypt(connection.getUserId(), StoredAccounts.toJson(secrets)));
        return true;
    }

    private GrantedTokens refresh(SyncConnection connection, String refreshToken) {
        var preset = catalog.get(connection.getProvider());
        if (refreshToken == null || preset.oauth().isEmpty()) {
            throw new SyncFailure(SyncFailure.Category.AUTH, "Tandem holds no refresh token for "
                    + preset.name() + ": sign in again.");
        }
        try {
            return new OAuthClient(clock).refresh(preset.oauth().get(), refreshToken);
        } catch (OAuthException e) {
            throw OAuthRefusals.ofRefresh(e, preset.name());
        }
    }
}

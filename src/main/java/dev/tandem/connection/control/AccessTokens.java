package dev.tandem.connection.control;

import dev.tandem.connection.control.StoredAccounts.Secrets;
import dev.tandem.connection.control.oauth.GrantedTokens;
import dev.tandem.connection.control.oauth.OAuthClient;
import dev.tandem.connection.control.oauth.OAuthException;
import dev.tandem.connection.control.oauth.OAuthServer;
import dev.tandem.connection.entity.SyncMode;
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
 * that rotates refresh tokens (Microsoft) gets its new one kept at the same moment. Where each API needs its own
 * token (Microsoft: IMAP and Graph), each is renewed with its own scopes. Network work happens outside
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
        if (found.isEmpty() || found.get().findSecret().isEmpty()) {
            return false;
        }
        SyncConnection connection = found.get();
        StoredAccounts.Settings settings = StoredAccounts.settings(connection.getSettings());
        if (!settings.signsInWithOAuth()) {
            return false;
        }
        Secrets secrets = StoredAccounts.secrets(vault.decrypt(connection.getUserId(), connection.findSecret().get()));
        Instant soon = Instant.now(clock).plus(RENEW_BEFORE);
        boolean first = !secrets.accessTokenExpiry().isAfter(soon);
        boolean calendar = secrets.calendarAccessToken != null && !secrets.calendarAccessTokenExpiry().isAfter(soon);
        if (!first && !calendar) {
            return false;
        }
        OAuthServer server = serverOf(connection, secrets.refreshToken);
        SyncMode granted = settings.grantedMode != null ? settings.grantedMode : connection.getMode();
        if (first) {
            GrantedTokens renewed = refresh(connection, server, secrets.refreshToken, server.firstTokenScopes(granted));
            secrets.accessToken = renewed.accessToken();
            secrets.accessTokenExpiresAt = renewed.expiresAt().getEpochSecond();
            secrets.refreshToken = renewed.refreshToken().orElse(secrets.refreshToken);
        }
        if (calendar) {
            GrantedTokens renewed = refresh(connection, server, secrets.refreshToken,
                    server.calendarTokenScopes(granted));
            secrets.calendarAccessToken = renewed.accessToken();
            secrets.calendarAccessTokenExpiresAt = renewed.expiresAt().getEpochSecond();
            secrets.refreshToken = renewed.refreshToken().orElse(secrets.refreshToken);
        }
        store.renewSecret(connectionId, vault.encrypt(connection.getUserId(), StoredAccounts.toJson(secrets)));
        return true;
    }

    private OAuthServer serverOf(SyncConnection connection, String refreshToken) {
        var preset = catalog.get(connection.getProvider());
        if (refreshToken == null || preset.oauth().isEmpty()) {
            throw new SyncFailure(SyncFailure.Category.AUTH, "Tandem holds no refresh token for "
                    + preset.name() + ": sign in again.");
        }
        return preset.oauth().get();
    }

    private GrantedTokens refresh(SyncConnection connection, OAuthServer server, String refreshToken,
                                  Optional<java.util.List<String>> scopes) {
        try {
            return new OAuthClient(clock).refresh(server, refreshToken, scopes);
        } catch (OAuthException e) {
            throw OAuthRefusals.ofRefresh(e, catalog.get(connection.getProvider()).name());
        }
    }
}

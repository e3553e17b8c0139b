package dev.tandem.connection.control;

import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.control.oauth.AuthorizationAsk;
import dev.tandem.connection.control.oauth.GrantedTokens;
import dev.tandem.connection.control.oauth.OAuthClient;
import dev.tandem.connection.control.oauth.OAuthException;
import dev.tandem.connection.control.oauth.OAuthServer;
import dev.tandem.connection.entity.OAuthSignIn;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncConnection;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.platform.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Signing in to Gmail, Exchange and Outlook.com: the authorization code flow with PKCE in a pop-up window. Start
 * keeps the state and the PKCE verifier and returns the consent page's address; the callback trades the code for
 * tokens and connects exactly as a password connect does, checking the servers with the token first.
 */
@ApplicationScoped
public class OAuthSignIns {

    @Inject
    ProviderCatalog catalog;

    @Inject
    PendingSignIns pending;

    @Inject
    CredentialVault vault;

    @Inject
    Connections connections;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    /** @param redirectUri this installation's {@code /oauth/callback}, as registered with the provider */
    public AuthorizationStart start(long userId, Provider provider, SyncMode mode, URI redirectUri) {
        Preset preset = catalog.get(provider);
        ConnectRules.checkOAuthStart(preset);
        connections.find(userId).filter(SyncConnection::isSyncing).ifPresent(active -> {
            throw ConnectionException.alreadyActive();
        });
        String state = OAuthClient.newState();
        String verifier = OAuthClient.newCodeVerifier();
        pending.add(new OAuthSignIn(state, userId, provider, mode, redirectUri.toString(),
                vault.encrypt(userId, verifier), OffsetDateTime.now(clock)));
        OAuthServer server = preset.oauth().orElseThrow();
        URI url = new OAuthClient(clock).authorizationUrl(server, new AuthorizationAsk(redirectUri,
                server.scopes(mode), state, verifier, Optional.ofNullable(users.getById(userId).getEmail())));
        return new AuthorizationStart(url, state);
    }

    /**
     * Ends the sign-in the callback names by its state: the code becomes tokens, the tokens a connection.
     *
     * @param error the provider's {@code error} parameter (RFC 6749 §4.1.2.1), e.g. {@code access_denied} when
     *              the user did not consent; null when it sent a code
     * @throws ConnectionException with the reason to show in the pop-up window
     */
    public SyncConnection finish(String state, String code, String error) {
        OAuthSignIn signIn = pending.take(state).orElseThrow(() -> ConnectionException.invalid("This sign-in is "
                + "unknown, already finished or older than 15 minutes: start it again from the sync screen.",
                UserMessage.of("sync.oauth.unknownState")));
        Preset preset = catalog.get(signIn.getProvider());
        if (error != null || code == null || code.isBlank()) {
            throw ConnectionException.invalid(preset.name() + " did not give Tandem access (" + (error == null
                    ? "no code" : error) + "). Nothing was connected.", UserMessage.of("sync.oauth.denied",
                    preset.name()));
        }
        GrantedTokens tokens = exchange(signIn, preset, code);
        String email = tokens.email().orElseGet(() -> users.getById(signIn.getUserId()).getEmail());
        if (tokens.refreshToken().isEmpty()) {
            throw ConnectionException.notAvailable(preset.name() + " gave no refresh token, so Tandem could sync "
                    + "for an hour only. Remove Tandem's access in your account's security settings and sign in "
                    + "again.", UserMessage.of("sync.oauth.noRefreshToken", preset.name()));
        }
        Optional<GrantedTokens> calendarTokens = calendarTokens(preset, signIn.getMode(), tokens);
        return connections.connectSignedIn(signIn.getUserId(),
                SignedInAccounts.of(preset, signIn.getMode(), email, tokens, calendarTokens));
    }

    private GrantedTokens exchange(OAuthSignIn signIn, Preset preset, String code) {
        OAuthServer server = preset.oauth().orElseThrow();
        try {
            return new OAuthClient(clock).exchange(server, URI.create(signIn.getRedirectUri()), code,
                    vault.decrypt(signIn.getUserId(), signIn.getEncryptedCodeVerifier()),
                    server.firstTokenScopes(signIn.getMode()));
        } catch (OAuthException e) {
            throw OAuthRefusals.ofSignIn(e, preset.name());
        }
    }

    /** The calendar's own token, where the first one serves mail only (Microsoft: IMAP and Graph each need one). */
    private Optional<GrantedTokens> calendarTokens(Preset preset, SyncMode mode, GrantedTokens first) {
        OAuthServer server = preset.oauth().orElseThrow();
        try {
            return server.calendarTokenScopes(mode).map(scopes -> new OAuthClient(clock).refresh(server,
                    first.refreshToken().orElseThrow(), Optional.of(scopes)));
        } catch (OAuthException e) {
            throw OAuthRefusals.ofSignIn(e, preset.name());
        }
    }
}

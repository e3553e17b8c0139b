package dev.tandem.connection.control.oauth;

import dev.tandem.connection.entity.SyncMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's OAuth 2.0 authorization server (RFC 6749) and the client this installation registered there. The
 * client id and secret come from configuration only; an empty id means the administrator has not registered one.
 *
 * @param signInScopes    asked for in every mode: the account's address (which IMAP's XOAUTH2 login names), and
 *                        for Microsoft {@code offline_access}, its way to hand out a refresh token
 * @param mailScopes      what IMAP login by token (XOAUTH2) needs
 * @param calendarScopes  what the calendar service needs
 * @param extraParameters added to the authorization request: Google hands out a refresh token only for
 *                        {@code access_type=offline}
 * @param tokenPerApi     true when one access token serves one API only, as the Microsoft identity platform's do
 *                        (a token for IMAP is no token for Graph): the user consents to both at once, and the
 *                        calendar's token is then asked for with the refresh token (RFC 6749 §6, with a scope)
 */
public record OAuthServer(String authorizationUrl, String tokenUrl, String clientId, String clientSecret,
                          List<String> signInScopes, List<String> mailScopes, List<String> calendarScopes,
                          Map<String, String> extraParameters, boolean tokenPerApi) {

    public OAuthServer {
        signInScopes = List.copyOf(signInScopes);
        mailScopes = List.copyOf(mailScopes);
        calendarScopes = List.copyOf(calendarScopes);
        extraParameters = Map.copyOf(extraParameters);
    }

    public boolean hasClient() {
        return clientId != null && !clientId.isBlank();
    }

    /** Only what the chosen mode needs, besides the sign-in scopes. */
    public List<String> scopes(SyncMode mode) {
        var scopes = new ArrayList<>(signInScopes);
        if (mode.includesMail()) {
            scopes.addAll(mailScopes);
        }
        if (mode.includesCalendar()) {
            scopes.addAll(calendarScopes);
        }
        return scopes;
    }

    /**
     * The scopes of the token the code is exchanged for: empty to take what the user consented to (one token for
     * everything), else the sign-in scopes with the first API the mode uses, mail before calendar.
     */
    public Optional<List<String>> firstTokenScopes(SyncMode mode) {
        if (!tokenPerApi) {
            return Optional.empty();
        }
        var scopes = new ArrayList<>(signInScopes);
        scopes.addAll(mode.includesMail() ? mailScopes : calendarScopes);
        return Optional.of(scopes);
    }

    /** The scopes of a second token for the calendar, when the first token does not serve it. */
    public Optional<List<String>> calendarTokenScopes(SyncMode mode) {
        if (!tokenPerApi || mode != SyncMode.MAIL_AND_CALENDAR) {
            return Optional.empty();
        }
        var scopes = new ArrayList<>(signInScopes);
        scopes.addAll(calendarScopes);
        return Optional.of(scopes);
    }

    public OAuthServer with(String newAuthorizationUrl, String newTokenUrl, String newClientId, String newClientSecret) {
        return new OAuthServer(newAuthorizationUrl, newTokenUrl, newClientId, newClientSecret, signInScopes,
                mailScopes, calendarScopes, extraParameters, tokenPerApi);
    }

    /** Never shows the client secret (records print every component otherwise). */
    @Override
    public String toString() {
        return "OAuthServer[" + authorizationUrl + ", client " + (hasClient() ? clientId : "(none)") + "]";
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.control.oauth.GrantedTokens;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import java.util.Optional;

/**
 * What an OAuth sign-in gives: the provider's servers from its preset, reached as the signed-in account with the
 * access token (IMAP through XOAUTH2; the calendar through CalDAV or Microsoft Graph with a bearer token), and the
 * tokens to keep for later sessions.
 *
 * @param calendarTokens the calendar's own token where the first one serves mail only (see
 *                       {@code OAuthServer.tokenPerApi}); empty when one token serves both
 */
public record SignedInAccounts(Provider provider, SyncMode mode, String email, Optional<ImapAccount> imap,
                               Optional<CalendarAccount> calendar, GrantedTokens tokens,
                               Optional<GrantedTokens> calendarTokens) {

    static SignedInAccounts of(Preset preset, SyncMode mode, String email, GrantedTokens tokens,
                               Optional<GrantedTokens> calendarTokens) {
        String token = tokens.accessToken();
        Optional<ImapAccount> imap = mode.includesMail()
                ? Optional.of(new ImapAccount(preset.mail().host(), preset.mail().port(),
                MailSecurity.valueOf(preset.mail().security()), email, token, Authentication.OAUTH2_TOKEN))
                : Optional.empty();
        String calendarToken = calendarTokens.map(GrantedTokens::accessToken).orElse(token);
        Optional<CalendarAccount> calendar = mode.includesCalendar()
                ? Optional.of(calendarOf(preset, email, calendarToken)) : Optional.empty();
        return new SignedInAccounts(preset.id(), mode, email, imap, calendar, tokens, calendarTokens);
    }

    private static CalendarAccount calendarOf(Preset preset, String email, String token) {
        String url = preset.calendar().url().replace(ProviderPresets.ACCOUNT, email);
        if ("GRAPH".equals(preset.calendar().kind())) {
            return new GraphAccount(url, email, token);
        }
        return new CalDavAccount(url, email, token, Authentication.OAUTH2_TOKEN);
    }

    @Override
    public String toString() {
        return "SignedInAccounts[" + provider + ", " + mode + ", " + email + "]";
    }
}

package dev.tandem.connection.control;

import dev.tandem.connection.control.oauth.OAuthException;
import dev.tandem.platform.UserMessage;

/**
 * The one place where OAuth failures become what the connection feature reports: a refusal the pop-up window
 * shows when the sign-in is finished, or a session failure whose category sets the connection's state
 * (a revoked grant: NEEDS_REAUTH and no retries, so that a withdrawn consent causes no retry storm).
 */
final class OAuthRefusals {

    private OAuthRefusals() {
    }

    static ConnectionException ofSignIn(OAuthException e, String providerName) {
        return switch (e.reason()) {
            case GRANT_REVOKED -> ConnectionException.invalid(providerName + " did not accept the sign-in; it may "
                    + "have taken too long. Try again. " + e.getMessage(), UserMessage.of("sync.oauth.grantRefused",
                    providerName));
            case CLIENT_REJECTED -> ConnectionException.notAvailable(providerName + " refused this Tandem's OAuth "
                    + "client; your administrator must check its registration. " + e.getMessage(),
                    UserMessage.of("sync.oauth.clientRejected", providerName));
            case UNAVAILABLE -> ConnectionException.notAvailable(providerName + " could not be reached to finish "
                    + "the sign-in; try again in a few minutes. " + e.getMessage(),
                    UserMessage.of("sync.oauth.unavailable", providerName));
        };
    }

    static SyncFailure ofRefresh(OAuthException e, String providerName) {
        return switch (e.reason()) {
            case GRANT_REVOKED -> new SyncFailure(SyncFailure.Category.AUTH, providerName + " no longer accepts "
                    + "Tandem's access (the consent was withdrawn or the password changed): sign in again.", e,
                    UserMessage.of("sync.lastError.consentRevoked", providerName));
            case CLIENT_REJECTED -> new SyncFailure(SyncFailure.Category.REFUSED, providerName + " refused this "
                    + "Tandem's OAuth client; your administrator must check its registration.", e,
                    UserMessage.of("sync.oauth.clientRejected", providerName));
            case UNAVAILABLE -> new SyncFailure(SyncFailure.Category.TEMPORARY, providerName + " could not be "
                    + "reached to renew access; the sync will try again.", e,
                    UserMessage.of("sync.lastError.tokenRenewalUnavailable", providerName));
        };
    }
}

package dev.tandem.connection.boundary;

import dev.tandem.connection.control.AuthorizationStart;

/** {@code POST /api/me/sync/oauth/start}: the consent page to open in the pop-up window, and its state. */
public record OAuthStartView(String authorizationUrl, String state) {

    static OAuthStartView of(AuthorizationStart start) {
        return new OAuthStartView(start.authorizationUrl().toString(), start.state());
    }
}

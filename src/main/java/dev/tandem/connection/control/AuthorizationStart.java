package dev.tandem.connection.control;

import java.net.URI;

/**
 * Where the pop-up window goes to ask the user's consent, and the {@code state} that its callback will bring back.
 */
public record AuthorizationStart(URI authorizationUrl, String state) {
}

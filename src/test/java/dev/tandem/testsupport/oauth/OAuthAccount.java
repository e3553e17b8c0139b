package dev.tandem.testsupport.oauth;

/**
 * One user's account at a stand-in provider: its OAuth issuer (a path of the OAuth server, e.g. {@code gmail-ana}),
 * the address the ID token names, and the Radicale login its calendar requests are passed on with.
 */
public record OAuthAccount(String issuerId, String email, String calendarUser, String calendarPassword) {
}

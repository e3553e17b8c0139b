/**
 * OAuth 2.0 as Tandem speaks it to Google's and Microsoft's identity platforms (RFC 6749, with PKCE, RFC 7636):
 * the authorization request the pop-up window opens, the code exchange and the refresh, through the Nimbus SDK.
 * Protocol only: it knows nothing of connections, users or the database, and reports failures as
 * {@link dev.tandem.connection.control.oauth.OAuthException}s that the connection feature turns into states.
 */
package dev.tandem.connection.control.oauth;

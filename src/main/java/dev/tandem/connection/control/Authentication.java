package dev.tandem.connection.control;

/**
 * How Tandem proves who it is to a mail or calendar server: with the account's password (or an app password), or
 * with an OAuth 2.0 access token (RFC 6750) that the provider issued after the user consented in the pop-up
 * window. IMAP carries the token in the SASL mechanism {@code XOAUTH2}, CalDAV and Microsoft Graph in an
 * {@code Authorization: Bearer} header.
 */
public enum Authentication {
    PASSWORD,
    OAUTH2_TOKEN
}

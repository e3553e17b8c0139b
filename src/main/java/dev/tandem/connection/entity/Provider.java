package dev.tandem.connection.entity;

/** The mail and calendar services a user can connect (presets in {@code ProviderPresets}). */
public enum Provider {
    GMAIL, EXCHANGE, OUTLOOK_COM, YAHOO, ICLOUD, IMAP, CALDAV
}

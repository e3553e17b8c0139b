package dev.tandem.connection.entity;

/** Where a user's connection stands (api-v1.md, Sync). */
public enum ConnectionState {
    NOT_CONNECTED, ACTIVE, STOPPED, NEEDS_REAUTH, ERROR
}

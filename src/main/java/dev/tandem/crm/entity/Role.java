package dev.tandem.crm.entity;

/** What a user may do: every user syncs their own mail and calendar; admins also manage users. */
public enum Role {
    USER, ADMIN
}

package dev.tandem.activity.entity;

/** What kind of thing happened with a contact or company. */
public enum ActivityType {
    NOTE, EMAIL
}

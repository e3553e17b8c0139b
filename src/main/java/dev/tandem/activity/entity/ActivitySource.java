package dev.tandem.activity.entity;

/** Who wrote the activity: a person in the CRM, or the mail sync (whose activities nobody may change). */
public enum ActivitySource {
    MANUAL, SYNC
}

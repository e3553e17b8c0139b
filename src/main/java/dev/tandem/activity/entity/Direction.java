package dev.tandem.activity.entity;

/** Whether the user sent the mail or received it. */
public enum Direction {
    SENT, RECEIVED
}

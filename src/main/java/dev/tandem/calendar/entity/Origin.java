package dev.tandem.calendar.entity;

/** Where an event or task was created: in the CRM (API or UI) or at the provider (found by sync). */
public enum Origin {
    CRM,
    PROVIDER
}

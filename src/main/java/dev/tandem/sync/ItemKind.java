package dev.tandem.sync;

/** The kinds of things Tandem synchronises, as the ledger names them. */
public enum ItemKind {
    MAIL,
    EVENT,
    TASK
}

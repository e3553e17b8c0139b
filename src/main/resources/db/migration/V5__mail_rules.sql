-- Mail rules (issue 12, items 7 and 8): the blocklist, each user's choice about bulk mail, and the mail the sync
-- left out only because no contact had an address on it, so that it can be logged once a contact gets one.

CREATE SEQUENCE mail_blocked_seq START WITH 50 INCREMENT BY 50;

-- An address or domain whose mail is never logged. owner_id NULL: an admin's entry for the whole CRM.
CREATE TABLE mail_blocked (
    id         BIGINT       NOT NULL PRIMARY KEY,
    owner_id   BIGINT       REFERENCES app_user (id) ON DELETE CASCADE,
    is_domain  BOOLEAN      NOT NULL,
    entry      VARCHAR(320) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mail_blocked_owner ON mail_blocked (owner_id);

CREATE TABLE mail_preference (
    user_id       BIGINT  NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    log_bulk_mail BOOLEAN NOT NULL
);

-- The structured side of the ledger's "no CRM contact among …" entries: one row per unknown address of such a
-- mail, with where the mail lies (RFC 9051 §2.3.1.1: a UID means something only with its UIDVALIDITY), so that a
-- later session fetches just that mail. rematch_pending turns true in the transaction that gives a contact the
-- address, so the request survives a restart.
CREATE TABLE mail_unmatched (
    connection_id   BIGINT       NOT NULL REFERENCES sync_connection (id) ON DELETE CASCADE,
    folder          VARCHAR(500) NOT NULL,
    uid_validity    BIGINT       NOT NULL,
    uid             BIGINT       NOT NULL,
    address         VARCHAR(320) NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    rematch_pending BOOLEAN      NOT NULL,
    PRIMARY KEY (connection_id, folder, uid_validity, uid, address)
);
CREATE INDEX ix_mail_unmatched_address ON mail_unmatched (address);

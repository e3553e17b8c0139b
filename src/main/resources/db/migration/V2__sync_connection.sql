-- Mail and calendar sync: one connection per user, per-folder IMAP cursors and the ledger of every item seen.

CREATE SEQUENCE sync_connection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sync_ledger_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sync_connection (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    user_id               BIGINT        NOT NULL REFERENCES app_user (id),
    provider              VARCHAR(20)   NOT NULL,
    mode                  VARCHAR(20)   NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    account               VARCHAR(320),
    -- Server data without secrets (hosts, ports, user names, URLs) as JSON.
    settings              TEXT          NOT NULL,
    -- Passwords and tokens, AES-GCM encrypted; NULL once the connection is stopped.
    secret                TEXT,
    mail_state            VARCHAR(20),
    mail_last_sync_at     TIMESTAMP WITH TIME ZONE,
    mail_last_error       VARCHAR(2000),
    mail_imported         BIGINT        NOT NULL,
    mail_progress         DOUBLE PRECISION NOT NULL,
    calendar_state        VARCHAR(20),
    calendar_last_sync_at TIMESTAMP WITH TIME ZONE,
    calendar_last_error   VARCHAR(2000),
    next_sync_at          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT           NOT NULL,
    version               BIGINT        NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_sync_connection_user UNIQUE (user_id)
);

-- Where mail sync stands in one folder (RFC 9051 §2.3.1.1: UIDs are only meaningful with their UIDVALIDITY).
-- Moved forward in the same transaction as the activities it covers.
CREATE TABLE mail_cursor (
    connection_id  BIGINT       NOT NULL REFERENCES sync_connection (id) ON DELETE CASCADE,
    folder         VARCHAR(500) NOT NULL,
    uid_validity   BIGINT       NOT NULL,
    last_uid       BIGINT       NOT NULL,
    highest_modseq BIGINT       NOT NULL,
    PRIMARY KEY (connection_id, folder)
);

CREATE TABLE sync_ledger (
    id          BIGINT        NOT NULL PRIMARY KEY,
    user_id     BIGINT        NOT NULL REFERENCES app_user (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    ref         VARCHAR(998)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    outcome     VARCHAR(10)   NOT NULL,
    reason      VARCHAR(2000),
    activity_id BIGINT
);
CREATE INDEX ix_sync_ledger_user ON sync_ledger (user_id, id);

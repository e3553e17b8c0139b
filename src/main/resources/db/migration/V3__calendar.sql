-- CRM calendar: events and tasks per owner, the two-way sync status per item and the CalDAV collection state.
-- Portable SQL for H2 2.x and PostgreSQL, sequences as in V1.

CREATE SEQUENCE calendar_entry_seq START WITH 50 INCREMENT BY 50;

-- One iCalendar object (one UID) of a user's CRM calendar. The raw text is the source of truth: edits are applied
-- onto it so that what Tandem does not model survives a round trip; the other columns are copies for queries.
CREATE TABLE calendar_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    owner_id        BIGINT        NOT NULL REFERENCES app_user (id),
    kind            VARCHAR(10)   NOT NULL,
    uid             VARCHAR(1000) NOT NULL,
    origin          VARCHAR(10)   NOT NULL,
    icalendar       TEXT          NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE,
    -- NULL for a series without end: a recurring item then overlaps every window after its start.
    ends_at         TIMESTAMP WITH TIME ZONE,
    all_day         BOOLEAN       NOT NULL,
    time_zone       VARCHAR(100),
    recurring       BOOLEAN       NOT NULL,
    organizer_email VARCHAR(320),
    my_status       VARCHAR(20),
    due_at          TIMESTAMP WITH TIME ZONE,
    completed       BOOLEAN       NOT NULL,
    -- Optimistic lock and the CRM side's ETag for two-way sync.
    version         BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_calendar_entry_owner_uid UNIQUE (owner_id, uid)
);
CREATE INDEX ix_calendar_entry_window ON calendar_entry (owner_id, kind, starts_at);

CREATE TABLE calendar_attendee (
    entry_id BIGINT       NOT NULL REFERENCES calendar_entry (id) ON DELETE CASCADE,
    email    VARCHAR(320) NOT NULL,
    name     VARCHAR(200),
    status   VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_calendar_attendee_entry ON calendar_attendee (entry_id);
CREATE INDEX ix_calendar_attendee_email ON calendar_attendee (email);

-- vdirsyncer's status: what the last sync left each item as on both sides (href, ETag, content hash).
CREATE TABLE calendar_sync_status (
    user_id        BIGINT        NOT NULL REFERENCES app_user (id),
    kind           VARCHAR(10)   NOT NULL,
    uid            VARCHAR(1000) NOT NULL,
    origin         VARCHAR(10)   NOT NULL,
    crm_href       VARCHAR(2000) NOT NULL,
    crm_etag       VARCHAR(500)  NOT NULL,
    crm_hash       VARCHAR(128)  NOT NULL,
    provider_href  VARCHAR(2000) NOT NULL,
    provider_etag  VARCHAR(500)  NOT NULL,
    provider_hash  VARCHAR(128)  NOT NULL,
    PRIMARY KEY (user_id, kind, uid)
);

-- What Tandem last saw of a CalDAV collection: the RFC 6578 sync-token or the ctag, and every member's href,
-- ETag and UID (one line each), so an unchanged collection costs one request.
CREATE TABLE caldav_collection_state (
    user_id    BIGINT        NOT NULL REFERENCES app_user (id),
    scope      VARCHAR(2100) NOT NULL,
    sync_token VARCHAR(1000),
    ctag       VARCHAR(1000),
    members    TEXT          NOT NULL,
    PRIMARY KEY (user_id, scope)
);

-- Tandem CRM core: users, companies, contacts, activities. Portable SQL: the same script runs on H2 2.x and
-- PostgreSQL. Identifiers come from sequences: EclipseLink allocates 50 at a time and takes the value it gets as
-- the last of its block, so each sequence starts at 50.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE company_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    roles         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE company (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE company_domain (
    company_id BIGINT       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    domain     VARCHAR(253) NOT NULL,
    CONSTRAINT uq_company_domain UNIQUE (domain)
);

CREATE TABLE contact (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    company_id BIGINT       REFERENCES company (id) ON DELETE SET NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE contact_email (
    contact_id BIGINT       NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    email      VARCHAR(320) NOT NULL,
    -- The address lower-cased: two spellings of one mailbox are one key, so it belongs to one contact only.
    match_key  VARCHAR(320) NOT NULL,
    CONSTRAINT uq_contact_email UNIQUE (match_key)
);

CREATE TABLE activity (
    id           BIGINT        NOT NULL PRIMARY KEY,
    owner_id     BIGINT        NOT NULL REFERENCES app_user (id),
    type         VARCHAR(20)   NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    direction    VARCHAR(20),
    subject      VARCHAR(1000) NOT NULL,
    text_body    TEXT,
    html_body    TEXT,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    message_id   VARCHAR(998),
    from_email   VARCHAR(320),
    from_name    VARCHAR(200),
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One activity per user and mail, whatever folder or retry it arrived from: the idempotence key of mail sync.
    CONSTRAINT uq_activity_owner_message UNIQUE (owner_id, message_id)
);
CREATE INDEX ix_activity_owner ON activity (owner_id, id);

CREATE TABLE activity_recipient (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kind        VARCHAR(4)   NOT NULL,
    ordinal     INT          NOT NULL,
    email       VARCHAR(320) NOT NULL,
    name        VARCHAR(200),
    PRIMARY KEY (activity_id, kind, ordinal)
);

CREATE TABLE activity_contact (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    contact_id  BIGINT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, contact_id)
);
CREATE INDEX ix_activity_contact_contact ON activity_contact (contact_id);

CREATE TABLE activity_company (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    company_id  BIGINT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, company_id)
);
CREATE INDEX ix_activity_company_company ON activity_company (company_id);

CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    activity_id  BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    filename     VARCHAR(500) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL
);
CREATE INDEX ix_attachment_activity ON attachment (activity_id);

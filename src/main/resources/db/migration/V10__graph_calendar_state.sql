-- What Tandem last saw of a user's Microsoft Graph calendar: the delta link that ends the last round (the cursor),
-- the window of that round (ISO-8601 instants) and every event's id, kind, etag and UID, one line each.
-- scope names the item kind, the Graph root and the Microsoft account, so another account starts afresh.
-- Delta links are opaque URLs of unbounded length: TEXT.
CREATE TABLE graph_calendar_state (
    user_id      BIGINT        NOT NULL REFERENCES app_user (id),
    scope        VARCHAR(2100) NOT NULL,
    delta_link   TEXT,
    window_start VARCHAR(40),
    window_end   VARCHAR(40),
    members      TEXT          NOT NULL,
    PRIMARY KEY (user_id, scope)
);

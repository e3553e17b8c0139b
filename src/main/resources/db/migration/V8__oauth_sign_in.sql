-- OAuth sign-ins under way: the pop-up window was sent to the provider's consent page and has not come back to
-- /oauth/callback yet. The state is what the callback brings back (RFC 6749 §10.12) and is used once; the PKCE
-- code verifier (RFC 7636) is encrypted like passwords. Rows live for minutes: the callback consumes them and
-- stale ones are removed when new sign-ins start.

CREATE TABLE oauth_sign_in (
    state          VARCHAR(100)  NOT NULL PRIMARY KEY,
    user_id        BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    provider       VARCHAR(20)   NOT NULL,
    mode           VARCHAR(20)   NOT NULL,
    redirect_uri   VARCHAR(2000) NOT NULL,
    code_verifier  VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_oauth_sign_in_created ON oauth_sign_in (created_at);

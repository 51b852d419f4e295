-- Accounts. Usernames are stored lower-case, so the unique constraint is the case-insensitive uniqueness
-- API.md asks for; emails are unique in their normalised (trimmed, lower-case) form. Both are decided by
-- these constraints at insert time, never by a check beforehand. Credentials live in the row so that an
-- account is created by one statement; credential_version makes every credential update conditional.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
    id                  text        PRIMARY KEY,
    username            text        NOT NULL,
    email               text        NOT NULL,
    email_normalized    text        NOT NULL,
    display_name        text        NOT NULL,
    created_at          timestamptz NOT NULL,
    password_hash       text        NOT NULL,
    email_verified_at   timestamptz,
    totp_secret         bytea,
    totp_pending_secret bytea,
    totp_last_step      bigint      NOT NULL DEFAULT 0,
    credential_version  bigint      NOT NULL DEFAULT 1,
    CONSTRAINT users_username_unique UNIQUE (username),
    CONSTRAINT users_email_unique UNIQUE (email_normalized),
    CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9_]{3,30}$')
);

-- discovery.searchUsers: username prefixes (LIKE 'abc%') and display-name fragments (trigram similarity).
CREATE INDEX users_username_prefix ON users (username text_pattern_ops);
CREATE INDEX users_display_name_trgm ON users USING gin (lower(display_name) gin_trgm_ops);

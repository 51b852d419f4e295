-- Login sessions. Only the SHA-256 of a token is stored; logout and revocation delete the row, so a
-- row is either live or expired (kept until swept, so that its owner is told "expired" rather than "unknown").
CREATE TABLE sessions (
    token_hash  bytea       PRIMARY KEY,
    user_id     text        NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL,
    renewed_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

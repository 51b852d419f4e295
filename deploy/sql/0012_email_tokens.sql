-- Emailed tokens (email verification, password reset): stored hashed, expiring, single-use. Redemption is
-- one UPDATE ... WHERE used_at IS NULL AND expires_at > now, so a token cannot be redeemed twice.
CREATE TABLE email_tokens (
    token_hash  bytea       PRIMARY KEY,
    user_id     text        NOT NULL REFERENCES users (id),
    purpose     text        NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

CREATE INDEX email_tokens_unused ON email_tokens (user_id, purpose) WHERE used_at IS NULL;

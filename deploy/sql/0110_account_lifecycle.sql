-- The account lifecycle (docs/API.md, "Leaving and changing names"): deletion with a grace period, renames that keep
-- the old name for its account a while, email changes confirmed from the new address, and data exports.

-- A deletion request hides the account at once and is carried out at purge_at unless a sign-in cancels it first.
ALTER TABLE users ADD COLUMN purge_at timestamptz;
CREATE INDEX users_purge_due ON users (purge_at) WHERE purge_at IS NOT NULL;

-- Every username in use or reserved, and whose it is. A row with reserved_until NULL is an account's current name;
-- one with a time is a renamed account's old name, kept for it until then. The primary key is what makes a name
-- taken: the trigger below claims the name of every inserted or renamed users row here, and a name held by another
-- account (current, or reserved and not yet released) fails as users_username_unique does, with the same name.
-- Reservations end when the account sweep deletes them (by the application's clock, as everything else it times).
CREATE TABLE username_claims (
    username       text        PRIMARY KEY,
    user_id        text        NOT NULL,
    reserved_until timestamptz
);
CREATE INDEX username_claims_user ON username_claims (user_id);
CREATE INDEX username_claims_reserved ON username_claims (reserved_until) WHERE reserved_until IS NOT NULL;
INSERT INTO username_claims (username, user_id) SELECT username, id FROM users;

CREATE FUNCTION claim_username() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO username_claims AS c (username, user_id, reserved_until) VALUES (NEW.username, NEW.id, NULL)
    ON CONFLICT (username) DO UPDATE SET user_id = EXCLUDED.user_id, reserved_until = NULL
        WHERE c.user_id = EXCLUDED.user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'username % is taken', NEW.username
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'users_username_unique';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER users_claim_username BEFORE INSERT OR UPDATE OF username ON users
    FOR EACH ROW EXECUTE FUNCTION claim_username();

-- Email changes waiting for their link: the token (hash) sent to the new address, and the address it confirms.
-- The address itself changes only when the token is redeemed (users_email_unique decides a race for it then).
CREATE TABLE email_changes (
    token_hash bytea       PRIMARY KEY,
    user_id    text        NOT NULL,
    new_email  text        NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX email_changes_user ON email_changes (user_id);

-- Data exports: an archive built in the media store under exports/{user}/{id}.zip, downloadable until expires_at.
CREATE TABLE data_exports (
    id          text        PRIMARY KEY,
    user_id     text        NOT NULL,
    status      smallint    NOT NULL,
    storage_key text,
    size        bigint,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX data_exports_user ON data_exports (user_id, created_at DESC);
CREATE INDEX data_exports_expiry ON data_exports (expires_at);

-- What a purge deletes by the user's id, where no index started with that column yet (the purge runs once per
-- account, but on tables of millions of rows it must not read them whole).
CREATE INDEX posts_author_all_idx ON posts (author_id);
CREATE INDEX comments_author_idx ON comments (author_id);
CREATE INDEX reactions_user_idx ON reactions (user_id);
CREATE INDEX notifications_actor_idx ON notifications (actor_id);
CREATE INDEX connection_requests_from_idx ON connection_requests (from_user_id);
CREATE INDEX connection_requests_to_idx ON connection_requests (to_user_id);
CREATE INDEX connections_peer_idx ON connections (peer_id);
CREATE INDEX email_tokens_user_idx ON email_tokens (user_id);

-- A purge rewrites others' mentions of the account (its name is freed and may go to someone else): comments that
-- mention it are found by trigram, posts by their full-text index.
CREATE INDEX comments_content_trgm ON comments USING gin (lower(content) gin_trgm_ops);

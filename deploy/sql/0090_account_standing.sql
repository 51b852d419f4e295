-- Roles and staff restrictions, one row per account that has any (an account without a row is a member with no
-- restriction and the free storage tier). Enum columns mirror Vrss.GrainInterfaces.Moderation:
--   role:         0 member, 1 moderator, 2 admin
--   storage_tier: 0 free, 1 paid
-- The account's AccountStanding grain is the only writer. user_id uses the "C" collation, as posts.author_id does,
-- so the read paths can probe this table for each post's author.
CREATE TABLE account_standing (
    user_id      text COLLATE "C" PRIMARY KEY,
    role         smallint         NOT NULL DEFAULT 0 CHECK (role BETWEEN 0 AND 2),
    silenced_at  timestamptz,
    suspended_at timestamptz,
    storage_tier smallint         NOT NULL DEFAULT 0 CHECK (storage_tier BETWEEN 0 AND 1),
    updated_at   timestamptz      NOT NULL
);

-- The read paths leave out suspended authors' posts (and, in discovery and search, silenced ones): these partial
-- indexes hold only the few restricted accounts, so a query probes or hashes them instead of reading the table.
CREATE INDEX account_standing_suspended_idx ON account_standing (user_id) WHERE suspended_at IS NOT NULL;
CREATE INDEX account_standing_restricted_idx ON account_standing (user_id)
    WHERE suspended_at IS NOT NULL OR silenced_at IS NOT NULL;

-- The append-only audit log of staff actions. Nothing updates or deletes a row: the trigger below refuses both,
-- so an entry, once written, stays as it was written.
CREATE TABLE audit_log (
    id             text COLLATE "C" PRIMARY KEY,
    actor_id       text COLLATE "C" NOT NULL,
    action         text             NOT NULL,
    target_kind    text             NOT NULL CHECK (target_kind IN ('user', 'post', 'comment', 'report')),
    target_id      text COLLATE "C" NOT NULL,
    target_user_id text COLLATE "C",
    reason         text,
    detail         text,
    at             timestamptz      NOT NULL
);

-- admin.getAuditLog: newest first, keyset on (at, id); filtered by actor or by the account concerned.
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at, id);
CREATE INDEX audit_log_target_user_idx ON audit_log (target_user_id, at, id) WHERE target_user_id IS NOT NULL;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

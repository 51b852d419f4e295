-- Sessions a user can see (auth.listSessions, auth.revokeSession). Each session gets a public id: random and
-- unrelated to the token, so showing it signs no one in (rows from before get a random one here). Its last use is
-- written at most every few minutes, not per request; ip is the client's network only (IPv4 /24, IPv6 /48) and
-- user_agent is shortened, both by the web front before they reach the cluster.
ALTER TABLE sessions
    ADD COLUMN session_id   text COLLATE "C" NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
    ADD COLUMN last_used_at timestamptz,
    ADD COLUMN ip           text CHECK (char_length(ip) <= 45),
    ADD COLUMN user_agent   text CHECK (char_length(user_agent) <= 256);

-- The default only filled the existing rows: a new session always brings its id.
ALTER TABLE sessions ALTER COLUMN session_id DROP DEFAULT;
UPDATE sessions SET last_used_at = renewed_at;
ALTER TABLE sessions ALTER COLUMN last_used_at SET NOT NULL;
ALTER TABLE sessions ADD CONSTRAINT sessions_session_id_key UNIQUE (session_id);

-- auth.listSessions: newest login first, keyset on (created_at, session_id). It also serves "every session of a
-- user" (revocation on a password change), so the index on user_id alone goes.
CREATE INDEX sessions_user_created_idx ON sessions (user_id, created_at, session_id);
DROP INDEX sessions_user;

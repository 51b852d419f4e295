-- Connection requests. status mirrors Vrss.GrainInterfaces.Social.ConnectionRequestStatus:
--   0 pending, 1 accepted, 2 declined.
CREATE TABLE connection_requests (
    id           text COLLATE "C" PRIMARY KEY,
    from_user_id text COLLATE "C" NOT NULL,
    to_user_id   text COLLATE "C" NOT NULL,
    message      text,
    status       smallint         NOT NULL CHECK (status BETWEEN 0 AND 2),
    created_at   timestamptz      NOT NULL,
    responded_at timestamptz,
    CHECK (from_user_id <> to_user_id)
);

-- At most one pending request per unordered pair, in either direction, enforced by the database so that
-- concurrent duplicates cannot both be stored (the insert names this index as its conflict target).
CREATE UNIQUE INDEX connection_requests_pending_pair_idx
    ON connection_requests (least(from_user_id, to_user_id), greatest(from_user_id, to_user_id))
    WHERE status = 0;

-- social.getConnectionRequests: a user's incoming pending requests, newest first.
CREATE INDEX connection_requests_incoming_idx ON connection_requests (to_user_id, created_at, id) WHERE status = 0;

-- Accepted connections, stored once per direction so that each user's list is one index range.
CREATE TABLE connections (
    user_id    text COLLATE "C" NOT NULL,
    peer_id    text COLLATE "C" NOT NULL,
    created_at timestamptz      NOT NULL,
    -- Answers "are these two connected" and makes accepting idempotent.
    PRIMARY KEY (user_id, peer_id),
    CHECK (user_id <> peer_id)
);

-- social.getConnections: newest first, keyset on (created_at, peer_id).
CREATE INDEX connections_user_created_idx ON connections (user_id, created_at, peer_id);

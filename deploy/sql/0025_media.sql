-- Media uploads. kind mirrors Vrss.GrainInterfaces.Media.MediaKind (0 image, 1 video, 2 audio); status
-- mirrors MediaStatus (0 pending, 1 completed, 2 failed, 3 expired). The quota grain keeps the running
-- used/reserved sums; this table is what they can be verified against.
CREATE TABLE media (
    id           text COLLATE "C" PRIMARY KEY,
    owner_id     text COLLATE "C" NOT NULL,
    filename     text             NOT NULL,
    content_type text             NOT NULL,
    kind         smallint         NOT NULL CHECK (kind BETWEEN 0 AND 2),
    size         bigint           NOT NULL CHECK (size >= 0),
    storage_key  text             NOT NULL,
    status       smallint         NOT NULL CHECK (status BETWEEN 0 AND 3),
    created_at   timestamptz      NOT NULL,
    expires_at   timestamptz      NOT NULL,
    completed_at timestamptz
);

-- Recomputing a user's used and reserved bytes: the included size makes it an index-only sum.
CREATE INDEX media_owner_status_idx ON media (owner_id, status) INCLUDE (size);

-- The expiry sweep: pending uploads in expiry order, keyset on (expires_at, id). Partial, so the index
-- holds only the few uploads in flight, not every file ever uploaded.
CREATE INDEX media_pending_expiry_idx ON media (expires_at, id) WHERE status = 0;

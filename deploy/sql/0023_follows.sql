-- The follow graph: one row per edge. Counts shown on profiles are kept by the User grain; these rows are
-- the truth they can be recounted from.
CREATE TABLE follows (
    follower_id text COLLATE "C" NOT NULL,
    followee_id text COLLATE "C" NOT NULL,
    created_at  timestamptz      NOT NULL,
    -- The key makes follow idempotent (ON CONFLICT DO NOTHING) and answers is-following, the following
    -- count, the followee ids of a feed rebuild and the visibility checks of post queries.
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);

-- social.getFollowers (newest first), the follower count, and the oldest-first batches of a fan-out to
-- every follower.
CREATE INDEX follows_followee_created_idx ON follows (followee_id, created_at, follower_id);

-- social.getFollowing (newest first).
CREATE INDEX follows_follower_created_idx ON follows (follower_id, created_at, followee_id);

-- Follow requests to users who approve their followers (settings.updatePrivacy approveFollowers). A request is
-- not a follow: posts, profiles and feeds read only `follows`, so nothing opens up to a requester until the
-- target accepts, which moves the row into `follows` in one statement.
CREATE TABLE follow_requests (
    requester_id text COLLATE "C" NOT NULL,
    target_id    text COLLATE "C" NOT NULL,
    created_at   timestamptz      NOT NULL,
    -- One request per pair (asking again is a no-op), found by the pair when accepted, rejected or withdrawn.
    PRIMARY KEY (requester_id, target_id),
    CHECK (requester_id <> target_id)
);

-- social.getFollowRequests: a user's incoming requests, newest first, keyset on (created_at, requester_id).
CREATE INDEX follow_requests_target_created_idx ON follow_requests (target_id, created_at, requester_id);

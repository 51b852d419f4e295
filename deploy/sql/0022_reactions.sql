-- Reactions: one row per (post, user), so a user has at most one reaction per post; switching it is an
-- update of that row. type mirrors Vrss.GrainInterfaces.Posts.ReactionType:
--   0 like, 1 love, 2 laugh, 3 wow, 4 sad, 5 angry.
CREATE TABLE reactions (
    post_id    text COLLATE "C" NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id    text COLLATE "C" NOT NULL,
    type       smallint         NOT NULL CHECK (type BETWEEN 0 AND 5),
    created_at timestamptz      NOT NULL,
    -- The key answers "my reaction" (one post or a page of posts) and the upsert's conflict target; the
    -- included type lets the per-type counts of a post be read from the index alone.
    PRIMARY KEY (post_id, user_id) INCLUDE (type)
);

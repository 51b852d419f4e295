-- Authors whose posts are not fanned out to their followers' home feeds (more followers than
-- Vrss:Feeds:FanOutFollowerLimit): each feed merges their posts at read time instead. The User grain of
-- the author adds and removes its row as its follower count crosses the limit. The table stays small (only
-- very large accounts), so "which of them does this user follow" walks it and probes follows' key.
CREATE TABLE feed_pull_authors (
    user_id text COLLATE "C" PRIMARY KEY,
    since   timestamptz      NOT NULL
);

-- Comments on posts. Comments of a deleted post stay (the post is only marked deleted) but cannot be
-- reached: readers go through the post, which answers "not found".
CREATE TABLE comments (
    id         text COLLATE "C" PRIMARY KEY,
    post_id    text COLLATE "C" NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  text COLLATE "C" NOT NULL,
    content    text             NOT NULL,
    created_at timestamptz      NOT NULL
);

-- post.getComments (oldest first, keyset on (created_at, id)) and counting a post's comments; it also
-- serves the foreign key's cascade.
CREATE INDEX comments_post_created_idx ON comments (post_id, created_at, id);

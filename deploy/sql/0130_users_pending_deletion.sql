-- Accounts waiting for their purge are hidden like suspended ones (posts' read paths, and the hidden-authors set each
-- silo fills at start). users.id has the default collation while posts.author_id has "C": the read paths probe
-- (id COLLATE "C"), which this partial index holds for the few accounts concerned.
CREATE INDEX users_pending_deletion_idx ON users ((id COLLATE "C")) WHERE purge_at IS NOT NULL;

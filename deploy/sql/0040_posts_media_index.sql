-- Which posts attach a media item: serving a media file to someone other than its owner asks "is this
-- media on a post the reader may see?", and the GIN index answers it without scanning the author's posts.
CREATE INDEX posts_media_idx ON posts USING gin (media_ids) WHERE deleted_at IS NULL;

-- post.updateComment: when a comment was last edited by its author (null until then).
ALTER TABLE comments ADD COLUMN edited_at timestamptz;

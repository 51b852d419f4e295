-- User cards (id, username, display name, avatar) are shown beside every post, comment and list entry, and
-- are read for a whole page at once: the avatar's URL lives in the users row next to the display name so
-- that one query by primary key gives every card of a page. The User grain writes both when the profile
-- changes; the rest of the profile stays in grain storage.
ALTER TABLE users ADD COLUMN avatar_url text;

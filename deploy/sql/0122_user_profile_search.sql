-- discovery.searchUsers also matches the words of a profile's headline, bio, credits and education. The User
-- grain writes their text here when the profile changes (only while the profile is public: a hidden profile's
-- words must not find it); the generated vector is what the GIN index holds, with the 'simple' configuration
-- of posts' search (words lower-cased, no stemming, no stop words).
ALTER TABLE users ADD COLUMN profile_text text;
ALTER TABLE users ADD COLUMN profile_search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(profile_text, ''))) STORED;
CREATE INDEX users_profile_search_idx ON users USING gin (profile_search);

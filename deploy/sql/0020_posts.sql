-- Posts. Enum columns are smallints mirroring the C# enums (Vrss.GrainInterfaces.Posts):
--   type:       0 text_short, 1 text_long, 2 image, 3 video, 4 audio, 5 gallery
--   visibility: 0 public, 1 followers, 2 private; ordered so that a reader sees a post when
--               visibility <= their relationship to the author (0 anyone, 1 follower, 2 the author).
-- Ids and user ids use the "C" collation: keyset cursors compare ids, and byte order is the same on every
-- server (whatever its locale) and the same as the ordinal order of the Memory provider.
-- A deleted post keeps its row with deleted_at set: feeds that cached its id find it gone, and its id is
-- never reused. Every index below is partial on "deleted_at IS NULL" because no read wants deleted posts.
CREATE TABLE posts (
    id             text COLLATE "C" PRIMARY KEY,
    author_id      text COLLATE "C" NOT NULL,
    type           smallint         NOT NULL CHECK (type BETWEEN 0 AND 5),
    content        text             NOT NULL,
    media_ids      text[]           NOT NULL DEFAULT '{}',
    visibility     smallint         NOT NULL CHECK (visibility BETWEEN 0 AND 2),
    created_at     timestamptz      NOT NULL,
    updated_at     timestamptz,
    deleted_at     timestamptz,
    -- Kept by the same statements that add and remove comments and reactions (see CommentStatements and
    -- ReactionStatements), so they never drift; RecountSql rebuilds them from the tables if ever needed.
    comment_count  integer          NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
    reaction_count integer          NOT NULL DEFAULT 0 CHECK (reaction_count >= 0),
    -- Discovery rank: recency in units of 12 hours plus ln(1 + engagement), a comment counting twice a
    -- reaction. It does not depend on "now", so it can be stored and indexed and cursors over it stay valid.
    -- (Same formula in C#: Vrss.Grains.Posts.DiscoverScore.)
    discover_score double precision GENERATED ALWAYS AS (
        (extract(epoch FROM created_at AT TIME ZONE 'UTC') / 43200)::double precision
        + ln((1 + reaction_count + 2 * comment_count)::double precision)) STORED,
    -- Full-text search with the language-neutral 'simple' configuration (posts are in any language).
    search_vector  tsvector GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED
);

-- post.getByUser (newest first, keyset on (created_at, id)), the per-author top-N of the home-feed
-- rebuild, and the profile's post count.
CREATE INDEX posts_author_created_idx ON posts (author_id, created_at, id) WHERE deleted_at IS NULL;

-- discovery.getDiscoverFeed: only public posts are ranked, highest score first, keyset on (score, id).
CREATE INDEX posts_discover_idx ON posts (discover_score, id) WHERE visibility = 0 AND deleted_at IS NULL;

-- discovery.searchPosts: "search_vector @@ query" is answered from the inverted index.
CREATE INDEX posts_search_idx ON posts USING gin (search_vector) WHERE deleted_at IS NULL;

-- Blocks and mutes (social.block, social.mute). kind mirrors Vrss.Grains.Blocks.BlockKind: 1 block, 2 mute.
-- The Block List grain of a user reads the user's lists, and who blocks the user, once when it activates and keeps
-- them in memory; every read path asks that grain, not this table.
CREATE TABLE user_blocks (
    owner_id   text COLLATE "C" NOT NULL,
    kind       smallint         NOT NULL CHECK (kind IN (1, 2)),
    target_id  text COLLATE "C" NOT NULL,
    created_at timestamptz      NOT NULL,
    -- One entry per kind and pair (blocking again is a no-op); the owner's list is one index range.
    PRIMARY KEY (owner_id, kind, target_id),
    CHECK (owner_id <> target_id)
);

-- Who blocks a user (the other half of the user's grain state).
CREATE INDEX user_blocks_target_idx ON user_blocks (target_id, kind, owner_id);

-- Grain state: one row per (grain type, grain key, state name). `version` is the etag: every write
-- is conditional on it, so two activations of one grain (two silos in a split) cannot both win.
-- Clearing nulls the payload and still moves the version on, so an old etag never matches again.
CREATE TABLE grain_state (
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    version     bigint      NOT NULL,
    payload     jsonb,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (grain_type, grain_key, state_name)
);

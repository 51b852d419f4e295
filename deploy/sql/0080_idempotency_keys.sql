-- Idempotency keys (docs/API.md, "Idempotency keys"): per user, the first answer of a write sent with a key, kept
-- for the retention period (24 h by default) so that a repeat gets that answer instead of running again. A row is
-- first a claim (claim_id set, status null) taken before the call runs; the call's answer then fills status and
-- answer. The seed stays for the row's life: creations derive their ids from it, so a call re-run after its silo
-- died finds what the first run created. Rows are deleted by created_at (the sweep, and a reuse after expiry).
CREATE TABLE idempotency_keys (
    user_id     text        NOT NULL,
    idem_key    text        NOT NULL,
    procedure   text        NOT NULL,
    fingerprint text        NOT NULL,
    seed        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    claim_id    uuid,
    claimed_at  timestamptz NOT NULL,
    status      smallint,
    answer      text,
    PRIMARY KEY (user_id, idem_key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

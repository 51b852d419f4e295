-- Every email the platform sends, written before the sending call answers; a relay can deliver and mark
-- rows sent. The default sender only logs and writes here. seq gives the order in which messages were queued.
CREATE TABLE email_outbox (
    seq         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          text        NOT NULL UNIQUE,
    recipient   text        NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);

CREATE INDEX email_outbox_recipient ON email_outbox (lower(recipient), seq);
CREATE INDEX email_outbox_unsent ON email_outbox (seq) WHERE sent_at IS NULL;

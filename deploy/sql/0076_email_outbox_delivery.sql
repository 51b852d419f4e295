-- Delivery by the SMTP relay (OutboxRelay). A row is due while next_attempt_at <= now; claiming it pushes
-- next_attempt_at to the end of a lease, so a relay that dies mid-send leaves it due again afterwards. A
-- delivered row is deleted; a row that failed for good keeps next_attempt_at NULL and its last error, for
-- operators to see (its body is blanked once its tokens expired).
ALTER TABLE email_outbox
    ADD COLUMN attempts        integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN last_error      text;
UPDATE email_outbox SET next_attempt_at = created_at;
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

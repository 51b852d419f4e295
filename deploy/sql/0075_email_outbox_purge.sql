-- Outbox bodies carry single-use tokens in the clear, so rows no longer outlive their use: a delivered
-- message is deleted (no "sent" mark is kept) and a message older than its tokens' lifetime is swept.
DROP INDEX email_outbox_unsent;
ALTER TABLE email_outbox DROP COLUMN sent_at;
CREATE INDEX email_outbox_created ON email_outbox (created_at);

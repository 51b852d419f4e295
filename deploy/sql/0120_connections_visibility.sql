-- The `connections` visibility (docs/API.md): posts stored with 3 are seen by their author and the author's
-- accepted connections only. It stands beside followers (1), not above it, so the read statements name each
-- value instead of comparing numbers.
ALTER TABLE posts DROP CONSTRAINT posts_visibility_check;
ALTER TABLE posts ADD CONSTRAINT posts_visibility_check CHECK (visibility BETWEEN 0 AND 3);

-- A sender may cancel a pending request (status 3, ConnectionRequestStatus.Cancelled); the partial unique
-- index on pending pairs then lets either user ask again.
ALTER TABLE connection_requests DROP CONSTRAINT connection_requests_status_check;
ALTER TABLE connection_requests ADD CONSTRAINT connection_requests_status_check CHECK (status BETWEEN 0 AND 3);

-- social.getOutgoingConnectionRequests: a user's own pending requests, newest first.
CREATE INDEX connection_requests_outgoing_idx ON connection_requests (from_user_id, created_at, id) WHERE status = 0;

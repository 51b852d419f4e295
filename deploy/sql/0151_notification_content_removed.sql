-- NotificationType gains 7 content_removed (staff removed the recipient's post or comment), which carries the staff's
-- reason in the new reason column; no other type has one.
--   0 follow, 1 reaction, 2 comment, 3 connection_request, 4 connection_accepted, 5 mention, 6 follow_request,
--   7 content_removed.
ALTER TABLE notifications ADD COLUMN reason text;
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type BETWEEN 0 AND 7);
ALTER TABLE notifications ADD CONSTRAINT notifications_reason_check
    CHECK ((type = 7) = (reason IS NOT NULL) AND (type <> 7 OR post_id IS NOT NULL));

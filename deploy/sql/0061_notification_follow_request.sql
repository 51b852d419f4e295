-- NotificationType gains 6 follow_request (someone asked to follow a user who approves followers):
--   0 follow, 1 reaction, 2 comment, 3 connection_request, 4 connection_accepted, 5 mention, 6 follow_request.
-- The column's CHECK took its default name from 0026_notifications.sql.
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type BETWEEN 0 AND 6);

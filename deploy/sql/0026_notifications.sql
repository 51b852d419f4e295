-- Notifications. type mirrors Vrss.GrainInterfaces.Notifications.NotificationType:
--   0 follow, 1 reaction, 2 comment, 3 connection_request, 4 connection_accepted, 5 mention.
-- post_id has no foreign key: a notification is a record of what happened and may outlive its post.
CREATE TABLE notifications (
    id           text COLLATE "C" PRIMARY KEY,
    recipient_id text COLLATE "C" NOT NULL,
    type         smallint         NOT NULL CHECK (type BETWEEN 0 AND 5),
    actor_id     text COLLATE "C" NOT NULL,
    post_id      text COLLATE "C",
    created_at   timestamptz      NOT NULL,
    read         boolean          NOT NULL DEFAULT false,
    CHECK (type <> 1 OR post_id IS NOT NULL)
);

-- notification.getNotifications: newest first, bounded below by "since", keyset on (created_at, id).
CREATE INDEX notifications_recipient_created_idx ON notifications (recipient_id, created_at, id);

-- The unread count and "mark all read": only unread rows are in it, so both touch just those.
CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE NOT read;

-- Repeated reactions by one actor to one post make one notification: the insert upserts on this index.
CREATE UNIQUE INDEX notifications_reaction_once_idx ON notifications (recipient_id, actor_id, post_id) WHERE type = 1;

-- Members' reports and the staff queue (moderation.report, admin.listReports and the staff actions on reports).
-- Enum columns mirror Vrss.GrainInterfaces.Reports:
--   target_kind:       0 user, 1 post, 2 comment
--   category:          0 spam, 1 harassment, 2 illegal, 3 other
--   status:            0 open, 1 resolved
--   resolution_action: 0 none, 1 remove_content, 2 silence, 3 suspend
-- target_user_id is the reported account, or the author of the reported post or comment; excerpt is the start of the
-- reported text as it was when reported (staff judge what was reported even after the author edits or deletes it).
-- After filing, the report's Report grain is the only writer of its row.
CREATE TABLE reports (
    id                text COLLATE "C" PRIMARY KEY,
    reporter_id       text COLLATE "C" NOT NULL,
    target_kind       smallint         NOT NULL CHECK (target_kind BETWEEN 0 AND 2),
    target_id         text COLLATE "C" NOT NULL,
    target_user_id    text COLLATE "C" NOT NULL,
    category          smallint         NOT NULL CHECK (category BETWEEN 0 AND 3),
    comment           text             CHECK (char_length(comment) <= 1000),
    excerpt           text,
    status            smallint         NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    assignee_id       text COLLATE "C",
    resolution_action smallint         CHECK (resolution_action BETWEEN 0 AND 3),
    resolution_reason text,
    resolved_by       text COLLATE "C",
    resolved_at       timestamptz,
    created_at        timestamptz      NOT NULL,
    CHECK (reporter_id <> target_user_id),
    -- A resolved report has its whole resolution; an open one none of it.
    CHECK ((status = 1) = (resolution_action IS NOT NULL AND resolution_reason IS NOT NULL AND resolved_by IS NOT NULL AND resolved_at IS NOT NULL)),
    CHECK (status = 1 OR (resolution_action IS NULL AND resolution_reason IS NULL AND resolved_by IS NULL AND resolved_at IS NULL))
);

-- One open report per reporter and target: reporting again answers the open one (the insert's conflict target).
CREATE UNIQUE INDEX reports_open_once_idx ON reports (reporter_id, target_kind, target_id) WHERE status = 0;

-- admin.listReports, newest first, keyset on (created_at, id): the whole queue, by status, or one assignee's.
CREATE INDEX reports_created_idx ON reports (created_at, id);
CREATE INDEX reports_status_created_idx ON reports (status, created_at, id);
CREATE INDEX reports_assignee_created_idx ON reports (assignee_id, created_at, id) WHERE assignee_id IS NOT NULL;

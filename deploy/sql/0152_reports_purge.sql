-- Purging an account deletes the reports it filed and the reports about it (their excerpts hold its words): one index
-- for each side, so a purge reads only that account's reports.
CREATE INDEX reports_reporter_idx ON reports (reporter_id);
CREATE INDEX reports_target_user_idx ON reports (target_user_id);

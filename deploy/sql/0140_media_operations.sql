-- Operators' questions about media (vrssctl media usage / orphans), asked of the whole table.
-- Totals by status, answered from the index alone (size included).
CREATE INDEX media_status_idx ON media (status) INCLUDE (size);
-- Completed uploads in completion order: the orphan scan pages through them on (completed_at, id).
CREATE INDEX media_completed_idx ON media (completed_at, id) WHERE status = 1;

-- Orleans reminders (Microsoft.Orleans.Reminders.AdoNet): one row per (service id, grain id, reminder
-- name). Each silo loads the reminders of its share of the hash ring, so rows carry the grain's ring hash
-- (its unsigned 32-bit hash, as Orleans sends it: cast to a signed integer) and are indexed on it.
-- `version` is the reminder's ETag: an unregister deletes only the version it holds. Versions come from one
-- sequence rather than counting per row, so a reminder deleted and registered again never gets an ETag an
-- old handle still holds.
CREATE SEQUENCE orleansreminders_version_seq AS integer CYCLE;

CREATE TABLE orleansreminderstable (
    serviceid     varchar(150) NOT NULL,
    grainid       text         NOT NULL,
    remindername  text         NOT NULL,
    starttime     timestamptz  NOT NULL,
    period        bigint       NOT NULL,
    grainhash     integer      NOT NULL,
    version       integer      NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX orleansreminderstable_hash ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- Register or change: unconditional (Orleans sends no ETag), and answers the new ETag as `version`.
-- @Period (milliseconds) comes as int or bigint depending on its size; the column takes both.
('UpsertReminderRowKey', $q$
INSERT INTO orleansreminderstable AS r
    (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash,
        nextval('orleansreminders_version_seq'))
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
    version = excluded.version
RETURNING r.version
$q$),

('ReadReminderRowsKey', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId
$q$),

('ReadReminderRowKey', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
$q$),

-- A silo's share of the ring is the range (@BeginHash, @EndHash]. Orleans picks the first statement when
-- that range does not wrap in signed order (@BeginHash < @EndHash), the second when it does; a full ring
-- comes as @BeginHash = @EndHash and so takes the second, which then matches every hash.
('ReadRangeRows1Key', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash
$q$),

('ReadRangeRows2Key', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansreminderstable
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)
$q$),

-- Unregister: only the version the caller holds; one boolean row either way.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
      AND version = @Version
    RETURNING 1)
SELECT count(*) > 0 AS deleted FROM deleted
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId
$q$);

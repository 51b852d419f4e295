-- Orleans cluster membership (Microsoft.Orleans.Clustering.AdoNet). One version row per cluster id and
-- one row per silo process (address, port and start generation). Orleans changes membership optimistically:
-- it reads the table with its version, then inserts or updates a silo row "if the version is still the one
-- I read". So every insert or update below moves the version on in the same statement, and does nothing
-- (answers false) when the version has moved; the version row's lock serialises concurrent writers.
-- Heartbeats (IAmAlive) and clean-up of dead rows are not membership decisions and leave the version alone.
-- Times are timestamptz: Orleans sends UTC instants, and these do not depend on the session's time zone.
CREATE TABLE orleansmembershipversiontable (
    deploymentid  varchar(150) PRIMARY KEY,
    version       integer      NOT NULL DEFAULT 0,
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

-- Deleting a cluster's version row takes its silos with it, so removing a cluster is one statement.
CREATE TABLE orleansmembershiptable (
    deploymentid  varchar(150) NOT NULL REFERENCES orleansmembershipversiontable ON DELETE CASCADE,
    address       varchar(45)  NOT NULL,
    port          integer      NOT NULL,
    generation    integer      NOT NULL,
    siloname      text         NOT NULL,
    hostname      text         NOT NULL,
    status        integer      NOT NULL,
    proxyport     integer      NOT NULL,
    suspecttimes  text,
    starttime     timestamptz  NOT NULL,
    iamalivetime  timestamptz  NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- The statements. Result columns keep Orleans' names (it looks them up by name, case-insensitively);
-- the "did it happen" statements answer exactly one row with one boolean, as Orleans takes the first row.
INSERT INTO orleansquery (querykey, querytext) VALUES
-- The first silo of a cluster creates the version row; later ones find it there.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1)
SELECT count(*) > 0 AS created FROM created
$q$),

-- The version and the silo rows come from one statement, so they are one consistent snapshot. The outer
-- join still answers one row (the version) when the cluster has no silo yet, or not the one asked for.
('MembershipReadAllKey', $q$
SELECT v.version, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId
$q$),

('MembershipReadRowKey', $q$
SELECT v.version, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
       m.suspecttimes, m.starttime, m.iamalivetime
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId
$q$),

-- @Version is the version the silo read. The version moves only if the silo row does not exist yet, and
-- the row is inserted only if the version moved. A concurrent writer holds the version row, and once it
-- commits the version no longer matches, so at most one of two racing silos succeeds.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE orleansmembershipversiontable v
    SET version = v.version + 1, updated_at = now()
    WHERE v.deploymentid = @DeploymentId AND v.version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM orleansmembershiptable m
          WHERE m.deploymentid = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deploymentid),
inserted AS (
    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    SELECT deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1)
SELECT count(*) > 0 AS inserted FROM inserted
$q$),

-- Same rule as the insert: the status change (and suspicion votes) lands only with a version move.
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE orleansmembershipversiontable v
    SET version = v.version + 1, updated_at = now()
    WHERE v.deploymentid = @DeploymentId AND v.version = @Version
      AND EXISTS (
          SELECT 1 FROM orleansmembershiptable m
          WHERE m.deploymentid = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deploymentid),
updated AS (
    UPDATE orleansmembershiptable m
    SET status = @Status, suspecttimes = @SuspectTimes, iamalivetime = @IAmAliveTime
    FROM bumped b
    WHERE m.deploymentid = b.deploymentid
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT count(*) > 0 AS updated FROM updated
$q$),

-- Heartbeat: frequent, unconditional, and not a membership change, so no version move.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembershiptable
SET iamalivetime = @IAmAliveTime
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),

-- Clients look for gateways among active silos (Orleans passes @Status = 3, Active).
('GatewaysQueryKey', $q$
SELECT address, proxyport, generation
FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId
$q$),

-- Required fallback for clean-up of old rows: any silo not active whose last heartbeat is before the cut-off.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3
$q$),

-- Optional, and preferred by Orleans when present: it picks dead rows from a read and deletes each one
-- only if the row is still exactly what it read (still dead, same times, same suspicion votes), so a row
-- that changed meanwhile is kept. Votes are compared with NULL and '' alike, as Orleans reads both as none.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
  AND status = 6
  AND starttime = @StartTime AND iamalivetime = @IAmAliveTime
  AND coalesce(suspecttimes, '') = coalesce(@SuspectTimes, '')
$q$);

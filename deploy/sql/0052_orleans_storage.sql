-- Orleans grain state (Microsoft.Orleans.Persistence.AdoNet). Orleans keys a state by service id, the
-- state's name (it calls it GrainTypeString, but since Orleans 7 it is the name given to the state, not the
-- grain class), and the grain key: a GUID or integer key split into two bigints, plus the key extension or
-- the whole string key. The grain type is NOT part of the key, so two grain classes that use the same state
-- name and the same key share one row: state names must be unique across grain classes.
-- The natural key is the primary key: a state has exactly one row, and of two activations writing a new
-- state at once only one insert can win. Orleans sends also hashes of the key; they are not needed here.
-- A key without extension is stored as '' so that the key columns can be NOT NULL and compare with `=`.
-- `version` is the ETag. Every write and every clear is conditional on it and moves it on, so a writer
-- holding an old ETag (a second activation, a stale copy) gets no row back, which Orleans turns into an
-- InconsistentStateException. Clearing keeps the row with a NULL payload, so its version keeps counting.
CREATE TABLE orleansstorage (
    serviceid               varchar(150) NOT NULL,
    graintypestring         text         NOT NULL,
    grainidn0               bigint       NOT NULL,
    grainidn1               bigint       NOT NULL,
    grainidextensionstring  text         NOT NULL,
    payloadbinary           bytea,
    version                 integer      NOT NULL,
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- No row: Orleans sees no state and no ETag. A cleared row: no state, but its version as the ETag.
('ReadFromStorageKey', $q$
SELECT payloadbinary, version
FROM orleansstorage
WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
$q$),

-- With an ETag: update only that version. Without one (the state was never stored): insert version 1, and
-- insert nothing if a row exists meanwhile. Either way one row with the new version, or no row on conflict.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleansstorage
    SET payloadbinary = @PayloadBinary, version = version + 1, updated_at = now()
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
      AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO orleansstorage
        (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring, payloadbinary, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''),
           @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS newgrainstateversion FROM updated
UNION ALL
SELECT version FROM inserted
$q$),

-- ClearStateAsync with DeleteStateOnClear = false (the default): drop the payload, keep counting versions.
('ClearStorageKey', $q$
UPDATE orleansstorage
SET payloadbinary = NULL, version = version + 1, updated_at = now()
WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version AS newgrainstateversion
$q$),

-- Optional; makes DeleteStateOnClear = true possible (the row goes). Orleans only needs a value that differs
-- from the ETag it sent; it forgets the ETag afterwards, and the next write inserts afresh.
('DeleteStorageKey', $q$
DELETE FROM orleansstorage
WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
  AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
  AND grainidextensionstring = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version + 1 AS newgrainstateversion
$q$);

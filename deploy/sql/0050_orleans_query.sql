-- Orleans' ADO.NET providers (clustering, grain storage, reminders) ship no SQL for us: at start-up each
-- one reads its statements from this table by key and binds its parameters to them by name. Keeping the
-- statements here, added by the same scripts that create their tables (0051-0053), versions them with the
-- schema they are written for. Orleans reads `SELECT QueryKey, QueryText FROM OrleansQuery` unquoted, so
-- the lower-case names below are the ones it finds.
CREATE TABLE orleansquery (
    querykey   varchar(64) PRIMARY KEY,
    querytext  text        NOT NULL
);

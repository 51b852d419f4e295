-- Cluster membership: one row per silo process (address includes its start generation), and one
-- version row. Every status change bumps the version in the same statement that makes it, and only if
-- the version is the one the silo read: two silos acting on a stale view cannot both succeed.
-- Heartbeats only touch `heartbeat` and do not bump the version. Ages are computed with the
-- database's clock, so silos' clock skew does not matter.
CREATE TABLE cluster_version (
    id       integer PRIMARY KEY CHECK (id = 1),
    version  bigint  NOT NULL
);
INSERT INTO cluster_version (id, version) VALUES (1, 0);

CREATE TABLE cluster_silos (
    address     text        PRIMARY KEY,
    host        text        NOT NULL,
    port        integer     NOT NULL,
    generation  bigint      NOT NULL,
    name        text        NOT NULL,
    status      smallint    NOT NULL,
    start_time  timestamptz NOT NULL,
    heartbeat   timestamptz NOT NULL
);

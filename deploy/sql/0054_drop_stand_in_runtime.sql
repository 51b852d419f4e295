-- The stand-in runtime's grain state and membership tables. Orleans' ADO.NET providers now keep grain state
-- (orleansstorage) and membership (orleansmembershiptable); nothing reads these any more.
DROP TABLE IF EXISTS grain_state;
DROP TABLE IF EXISTS cluster_silos;
DROP TABLE IF EXISTS cluster_version;

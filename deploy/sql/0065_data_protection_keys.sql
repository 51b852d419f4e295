-- ASP.NET Core Data Protection's key ring (its IXmlRepository), shared by every silo so that a secret one silo
-- encrypted (a TOTP secret) is readable on all of them. One row per key element, never updated; Data Protection
-- revokes a key by adding an element. A few rows a year: no index beyond the key.
CREATE TABLE data_protection_keys (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

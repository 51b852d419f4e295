-- Single-use recovery codes for two-factor sign-in: the SHA-256 of each unused code (the codes are shown once),
-- written with the rest of the credentials under credential_version. NULL when two-factor is off.
ALTER TABLE users ADD COLUMN totp_recovery_codes bytea[];

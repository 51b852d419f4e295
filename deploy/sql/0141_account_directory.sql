-- admin.listAccounts (docs/API.md): accounts newest first, keyset on (created_at, id), narrowed by a query, a role or
-- a status. Each filter has an index to start from: the list in creation order; a username, email or display-name
-- query; staff roles (few accounts, found from their standing); silenced and suspended accounts (the partial indexes
-- of 0090); accounts pending deletion (users_purge_due of 0110).
CREATE INDEX users_created_idx ON users (created_at, id);
CREATE INDEX users_email_prefix ON users (email_normalized text_pattern_ops);
CREATE INDEX account_standing_staff_idx ON account_standing (role, user_id) WHERE role > 0;
-- account_standing.user_id is "C" and users.id is not: joined in "C", the planner may start from the few staff or
-- restricted accounts and probe users here, or walk users newest first and probe account_standing.
CREATE INDEX users_id_c_idx ON users ((id COLLATE "C"));

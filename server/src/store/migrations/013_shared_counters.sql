-- Scale-out (issue 15 item 4): N server processes serve one PostgreSQL, so what a process counted in its
-- memory (sign-in attempts per address and e-mail, audit uploads per account) is counted here instead,
-- in fixed windows: one row per bucket, raised by one upsert. The bucket is the SHA-256 of its key, so
-- a typed e-mail address (or a password typed into the e-mail field) is never stored as text.
CREATE TABLE rate_limit_windows (
  bucket text PRIMARY KEY,
  window_ends_at timestamptz NOT NULL,
  hits integer NOT NULL
);
-- Ended windows are swept now and then (see window-counter.ts) through this index.
CREATE INDEX rate_limit_windows_by_end ON rate_limit_windows (window_ends_at);

-- Every table a practice's data lives in leads its key with the practice, so the schema can be
-- distributed by practice_id (README, operations). Memberships were keyed user first; the lookups by
-- account (sign-in, session) keep an index of their own.
ALTER TABLE memberships DROP CONSTRAINT memberships_pkey;
ALTER TABLE memberships ADD PRIMARY KEY (practice_id, user_id);
CREATE INDEX memberships_by_user ON memberships (user_id);

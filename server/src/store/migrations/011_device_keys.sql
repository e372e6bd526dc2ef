-- The server half of a device's key vault (issue 17): one random 32-byte key per account and device. The
-- device keeps its data key wrapped by this key, so a device can open its own data after sign-in without the
-- password; without a session (or after a beheerder deleted the row) only the password unwraps it.
-- The key is useless without the device's IndexedDB, and the device's IndexedDB is useless without it or
-- the password. Keyed by practice first, like every table (the practice is the unit of distribution).
CREATE TABLE device_keys (
  practice_id uuid NOT NULL REFERENCES practices (id),
  user_id uuid NOT NULL REFERENCES users (id),
  device_id uuid NOT NULL,
  key_base64 text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (practice_id, user_id, device_id)
);

-- The device's own time of a change ("vastgelegd op het apparaat"), kept beside the server's receipt time
-- (`at`) for work done offline. Null when unknown: older versions, or a device clock that cannot be believed.
ALTER TABLE record_versions ADD COLUMN device_at timestamptz;

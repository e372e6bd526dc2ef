-- Audit log, NEN 7513 (issue 12): every row gets the server's receipt time; a device-uploaded event also
-- keeps the time the device claims; denials name their target; "namens" names the huisarts on whose
-- behalf a POH acted. Columns are only added (no row is rewritten: the log stays append-only), so rows
-- written before this migration have NULL here and the reader falls back to `at`.
ALTER TABLE audit_log
  ADD COLUMN received_at timestamptz,
  ADD COLUMN device_at timestamptz,
  ADD COLUMN target text,
  ADD COLUMN on_behalf_user_id uuid,
  ADD COLUMN on_behalf_name text;


-- The audit log leads with the practice, like every table of a practice's data (issue 15): it can then be
-- distributed by practice_id with Citus. Its rows without a practice (a refused sign-in of an unknown address,
-- a refused request without a session) belong to no practice and no beheerder sees them; they move to a table
-- of their own, which stays on the coordinator. Both tables draw their ids from the one sequence, so the
-- operator reads one timeline, and both are append-only.
CREATE TABLE audit_log_unattributed (
  id bigint PRIMARY KEY DEFAULT nextval('audit_log_id_seq'),
  at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  event text NOT NULL,
  action char(1) NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
  patient_id text,
  record_part text NOT NULL,
  outcome text NOT NULL,
  source text NOT NULL,
  target text
);

CREATE INDEX audit_log_unattributed_by_time ON audit_log_unattributed (at);

CREATE TRIGGER audit_log_unattributed_no_change BEFORE UPDATE OR DELETE ON audit_log_unattributed
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_unattributed_no_truncate BEFORE TRUNCATE ON audit_log_unattributed
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- A row without a practice was always written without an account or device too. Should one exist, this check
-- stops the upgrade rather than move it without them; it is dropped once practice_id is required.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_no_practice_no_account
  CHECK (practice_id IS NOT NULL OR (user_id IS NULL AND device_event_id IS NULL));

-- The move keeps every row whole (same id, same times, same fields), so the log as a whole is unchanged; only
-- the move itself may delete, inside this migration's transaction.
INSERT INTO audit_log_unattributed (id, at, received_at, event, action, patient_id, record_part, outcome, source, target)
SELECT id, at, coalesce(received_at, at), event, action, patient_id, record_part, outcome, source, target
  FROM audit_log
 WHERE practice_id IS NULL;

ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;

DELETE FROM audit_log WHERE practice_id IS NULL;

ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;

ALTER TABLE audit_log ALTER COLUMN practice_id SET NOT NULL;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_no_practice_no_account;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;

ALTER TABLE audit_log ADD PRIMARY KEY (practice_id, id);

-- A device's event is stored once within its practice (a repeated upload adds nothing).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_device_event_id_key;

ALTER TABLE audit_log ADD CONSTRAINT audit_log_device_event UNIQUE (practice_id, device_event_id);

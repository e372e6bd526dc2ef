-- Practices, accounts, sessions and invitations.
CREATE TABLE practices (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  is_shared_device boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  role text NOT NULL,
  PRIMARY KEY (user_id, practice_id)
);

-- Only the SHA-256 of the secret is stored: a leaked table opens no session and accepts no invitation.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  token_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  email text NOT NULL,
  role text NOT NULL,
  is_shared_device boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Sync: one global change sequence, the current copy of every record, its versions, and which device
-- mutations were already handled (so a replay returns the stored outcome).
CREATE TABLE sync_sequence (
  id integer PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO sync_sequence (id, value) VALUES (1, 0);

CREATE TABLE sync_clients (
  client_id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  user_id uuid NOT NULL REFERENCES users (id),
  last_counter integer NOT NULL DEFAULT 0
);

CREATE TABLE sync_mutations (
  client_id uuid NOT NULL,
  mutation_id uuid NOT NULL,
  result jsonb NOT NULL,
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, mutation_id)
);

CREATE TABLE records (
  practice_id uuid NOT NULL REFERENCES practices (id),
  entity text NOT NULL,
  record_id text NOT NULL,
  rev integer NOT NULL,
  group_revs jsonb NOT NULL,
  data jsonb NOT NULL,
  is_deleted boolean NOT NULL DEFAULT false,
  patient_id text,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (practice_id, entity, record_id)
);
CREATE INDEX records_by_seq ON records (practice_id, seq);
CREATE INDEX records_by_patient ON records (practice_id, patient_id);

CREATE TABLE record_versions (
  practice_id uuid NOT NULL,
  entity text NOT NULL,
  record_id text NOT NULL,
  rev integer NOT NULL,
  data jsonb NOT NULL,
  is_deleted boolean NOT NULL,
  groups text[] NOT NULL,
  user_id uuid NOT NULL,
  user_name text NOT NULL,
  role text NOT NULL,
  client_id uuid NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (practice_id, entity, record_id, rev)
);

-- Audit log (NEN 7513): the fact of each access, never the data. Append-only, enforced by a trigger.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  event text NOT NULL,
  action char(1) NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
  practice_id uuid,
  user_id uuid,
  user_name text,
  role text,
  on_behalf_of text,
  patient_id text,
  record_part text NOT NULL,
  outcome text NOT NULL,
  source text NOT NULL,
  device_event_id uuid UNIQUE
);
CREATE INDEX audit_log_by_practice ON audit_log (practice_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Two-factor sign-in (issue 17). Everything lives in the database, so every server process agrees on
-- replay, rate limit and pending sign-ins.
-- When this session's sign-in was confirmed with a second factor; null: password only.
ALTER TABLE sessions ADD COLUMN second_factor_at timestamptz;
-- "Tweestapsverificatie verplicht voor iedereen" (beheerders and specialists PZ need it regardless).
ALTER TABLE practices ADD COLUMN requires_two_factor boolean NOT NULL DEFAULT false;
-- One TOTP factor per account. `secret` is the confirmed one (null until confirmed); `pending_secret` an
-- enrolment not confirmed yet, so starting over never disables a working factor. `last_step` is the last
-- accepted 30-second step: a code of that step or earlier is a replay. Failed codes count per account.
CREATE TABLE totp_factors (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  secret text,
  confirmed_at timestamptz,
  last_step bigint,
  pending_secret text,
  pending_expires_at timestamptz,
  failures integer NOT NULL DEFAULT 0,
  failures_since timestamptz
);
-- Only the SHA-256 of each recovery code; a used one keeps its row with used_at set.
CREATE TABLE totp_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id),
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);
-- A correct password whose sign-in still needs a code or an enrolment: no session yet, only this
-- short-lived challenge behind its own HttpOnly cookie (the SHA-256 of its secret is stored).
CREATE TABLE sign_in_challenges (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  step text NOT NULL CHECK (step IN ('verify', 'enrol')),
  expires_at timestamptz NOT NULL
);

/**
 * The TOTP factors, recovery codes and code attempts of accounts, all in the database so that two server
 * processes agree on replays and on the per-account rate limit. Every check that must hold under two
 * simultaneous requests is one conditional UPDATE.
 */
import type { Role, SecondFactorStep } from '../../../src/domain';
import { HttpError } from '../errors';
import type { Db, Queryable } from '../store/db';
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret } from './totp';

/** Wrong codes allowed per account before it must wait; a correct code starts the count again. */
export const MAX_CODE_ATTEMPTS = 5;
export const CODE_WINDOW_MS = 15 * 60_000;
/** A started enrolment must be confirmed within this time, or started again. */
export const ENROLMENT_MS = 10 * 60_000;

interface FactorRow {
  secret: string | null;
  pending_secret: string | null;
  pending_expires_at: Date | string | null;
}

async function factorOf(db: Queryable, userId: string): Promise<FactorRow | undefined> {
  const [row] = await db.query<FactorRow>(
    'SELECT secret, pending_secret, pending_expires_at FROM totp_factors WHERE user_id = $1',
    [userId],
  );
  return row;
}

export async function isEnrolled(db: Queryable, userId: string): Promise<boolean> {
  return (await factorOf(db, userId))?.secret != null;
}

/** Beheerders and specialists PZ (who sign in from outside) always; everyone when the practice says so. */
export async function isTwoFactorRequired(
  db: Queryable,
  userId: string,
  practiceId: string,
): Promise<boolean> {
  const [row] = await db.query<{ role: Role; extra_roles: Role[] | null; requires_two_factor: boolean }>(
    `SELECT m.role, m.extra_roles, p.requires_two_factor
       FROM memberships m JOIN practices p ON p.id = m.practice_id
      WHERE m.user_id = $1 AND m.practice_id = $2`,
    [userId, practiceId],
  );
  return row ? isRequiredFor([row.role, ...(row.extra_roles ?? [])], row.requires_two_factor) : false;
}

/** The rule itself: beheerders and specialists PZ always, everyone when the practice requires it. */
export function isRequiredFor(roles: readonly Role[], practiceRequires: boolean): boolean {
  return practiceRequires || roles.includes('beheerder') || roles.includes('specialist-pz');
}

/** What a correct password still needs: a code when enrolled, enrolment when required, else nothing. */
export async function secondFactorStepFor(
  db: Queryable,
  userId: string,
  practiceId: string,
): Promise<SecondFactorStep | null> {
  if (await isEnrolled(db, userId)) return 'verify';
  return (await isTwoFactorRequired(db, userId, practiceId)) ? 'enrol' : null;
}

export async function recoveryCodesLeft(db: Queryable, userId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return row?.n ?? 0;
}

/** A new secret waiting for its first code; a confirmed factor keeps working until then. */
export async function startEnrolment(
  db: Queryable,
  userId: string,
  now: Date,
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newTotpSecret();
  const expiresAt = new Date(now.getTime() + ENROLMENT_MS);
  await db.query(
    `INSERT INTO totp_factors (user_id, pending_secret, pending_expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET pending_secret = $2, pending_expires_at = $3`,
    [userId, secret, expiresAt],
  );
  return { secret, expiresAt };
}

/** Confirms a started enrolment with its first code; returns the ten recovery codes (shown once). */
export async function confirmEnrolment(db: Db, userId: string, code: string, now: Date): Promise<string[]> {
  const factor = await factorOf(db, userId);
  if (!factor?.pending_secret || !factor.pending_expires_at || new Date(factor.pending_expires_at) <= now)
    throw new HttpError(
      400,
      'enrolmentExpired',
      'Start setting up two-factor sign-in again; the last start has expired.',
    );
  const step = matchingStep(factor.pending_secret, code, now);
  if (step === null) throw new HttpError(400, 'invalidCode', 'This code is not correct.');
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    const confirmed = await tx.query(
      `UPDATE totp_factors SET secret = pending_secret, confirmed_at = $3, last_step = $4, pending_secret = NULL,
              pending_expires_at = NULL, failures = 0, failures_since = NULL
        WHERE user_id = $1 AND pending_secret = $2 RETURNING user_id`,
      [userId, factor.pending_secret, now, step],
    );
    if (confirmed.length === 0)
      throw new HttpError(
        400,
        'enrolmentExpired',
        'Start setting up two-factor sign-in again; the last start has expired.',
      );
    await tx.query('DELETE FROM totp_recovery_codes WHERE user_id = $1', [userId]);
    await tx.query('INSERT INTO totp_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      codes.map(hashRecoveryCode),
    ]);
  });
  return codes;
}

/**
 * Takes one attempt from the account's allowance before the code is looked at, so simultaneous guesses
 * cannot all pass a check made before any of them counted.
 */
async function takeAttempt(db: Queryable, userId: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - CODE_WINDOW_MS);
  const [row] = await db.query<{ failures: number; failures_since: Date | string }>(
    `UPDATE totp_factors
        SET failures = CASE WHEN failures_since IS NULL OR failures_since <= $3 THEN 1 ELSE failures + 1 END,
            failures_since = CASE WHEN failures_since IS NULL OR failures_since <= $3 THEN $2 ELSE failures_since END
      WHERE user_id = $1 RETURNING failures, failures_since`,
    [userId, now, windowStart],
  );
  if (row && row.failures > MAX_CODE_ATTEMPTS) {
    const retryAfter = Math.ceil(
      (new Date(row.failures_since).getTime() + CODE_WINDOW_MS - now.getTime()) / 1000,
    );
    throw new HttpError(
      429,
      'tooManyCodes',
      'Too many wrong codes for this account; wait a quarter of an hour and try again.',
      { retryAfterSeconds: retryAfter },
      { 'retry-after': String(Math.max(retryAfter, 1)) },
    );
  }
}

async function clearAttempts(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE totp_factors SET failures = 0, failures_since = NULL WHERE user_id = $1', [userId]);
}

/**
 * Checks a code from the app (each 30-second step once per account: a replay is refused) or a recovery
 * code (each once). Throws 401 `invalidCode`/`codeReused`/`invalidRecoveryCode` or 429 `tooManyCodes`.
 */
export async function checkSecondFactor(
  db: Queryable,
  userId: string,
  input: { code: string } | { recoveryCode: string },
  now: Date,
): Promise<'code' | 'recoveryCode'> {
  const factor = await factorOf(db, userId);
  if (!factor?.secret)
    throw new HttpError(409, 'notEnrolled', 'This account has no two-factor sign-in set up.');
  await takeAttempt(db, userId, now);
  if ('recoveryCode' in input) {
    const used = await db.query(
      `UPDATE totp_recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
       RETURNING user_id`,
      [userId, hashRecoveryCode(input.recoveryCode), now],
    );
    if (used.length === 0)
      throw new HttpError(
        401,
        'invalidRecoveryCode',
        'This recovery code is not correct or was used before.',
      );
    await clearAttempts(db, userId);
    return 'recoveryCode';
  }
  const step = matchingStep(factor.secret, input.code, now);
  if (step === null) throw new HttpError(401, 'invalidCode', 'This code is not correct.');
  // Only a step later than the last accepted one: the same code (or an older one) never works twice.
  const accepted = await db.query(
    `UPDATE totp_factors SET last_step = $2 WHERE user_id = $1 AND (last_step IS NULL OR last_step < $2)
     RETURNING user_id`,
    [userId, step],
  );
  if (accepted.length === 0)
    throw new HttpError(401, 'codeReused', 'This code was used already; wait for the next code in the app.');
  await clearAttempts(db, userId);
  return 'code';
}

/** Removes an account's second factor and ends its sessions and pending sign-ins (a lost or stolen phone). */
export async function resetFactor(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM totp_recovery_codes WHERE user_id = $1', [userId]);
    await tx.query('DELETE FROM totp_factors WHERE user_id = $1', [userId]);
    await tx.query('DELETE FROM sign_in_challenges WHERE user_id = $1', [userId]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  });
}

/**
 * Whether this session's sign-in was confirmed with a second factor: beheer and the audit log need it
 * (NEN 7513). Read from the session row only where it matters, so the other routes' session check is
 * unchanged.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors';
import type { Queryable } from '../store/db';
import { SESSION_COOKIE } from './sessions';
import { hashSecret } from './tokens';

export async function hasSecondFactor(db: Queryable, request: FastifyRequest): Promise<boolean> {
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return false;
  const [row] = await db.query<{ is_given: boolean }>(
    'SELECT second_factor_at IS NOT NULL AS is_given FROM sessions WHERE token_hash = $1',
    [hashSecret(secret)],
  );
  return row?.is_given === true;
}

/** 403 `secondFactorRequired` unless this (already checked) session was confirmed with a code. */
export async function requireSecondFactor(db: Queryable, request: FastifyRequest): Promise<void> {
  if (!(await hasSecondFactor(db, request)))
    throw new HttpError(
      403,
      'secondFactorRequired',
      'Confirm this sign-in with two-factor authentication first (set it up under Instellingen).',
    );
}

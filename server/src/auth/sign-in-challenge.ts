/**
 * The step between a correct password and a session when a second factor is due: a short-lived challenge
 * behind its own HttpOnly cookie, no session at all. Every route that needs a session refuses it by
 * construction, so no route can forget to check for a "half" sign-in; only the second-step and enrolment
 * routes read it. Stored in the database, so any server process can finish the sign-in.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SecondFactorChallenge, SecondFactorStep } from '../../../src/domain';
import type { Queryable } from '../store/db';
import { hashSecret, newSecret } from './tokens';
import { isSecureCookie } from './cookie-security';

export const CHALLENGE_COOKIE = 'tijdig_challenge';
/** Long enough to find the phone, or set up an app; short enough that a forgotten tab is useless. */
const CHALLENGE_MS = 10 * 60_000;

export interface Challenge {
  userId: string;
  practiceId: string;
  step: SecondFactorStep;
}

export async function startChallenge(
  db: Queryable,
  /** Where Tijdig is reached (config.publicOrigins): an https-only deployment sends the cookie Secure. */
  publicOrigins: readonly string[],
  request: FastifyRequest,
  reply: FastifyReply,
  challenge: Challenge,
  now: Date,
): Promise<SecondFactorChallenge> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + CHALLENGE_MS);
  await db.query(
    'INSERT INTO sign_in_challenges (token_hash, user_id, practice_id, step, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [hashSecret(secret), challenge.userId, challenge.practiceId, challenge.step, expiresAt],
  );
  reply.setCookie(CHALLENGE_COOKIE, secret, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecureCookie(publicOrigins, request),
  });
  return { step: challenge.step, expiresAt: expiresAt.toISOString() };
}

/** The live challenge of this browser, or undefined (none, unknown or expired). */
export async function readChallenge(
  db: Queryable,
  request: FastifyRequest,
  now: Date,
): Promise<Challenge | undefined> {
  const secret = request.cookies[CHALLENGE_COOKIE];
  if (!secret) return undefined;
  const [row] = await db.query<{
    user_id: string;
    practice_id: string;
    step: SecondFactorStep;
    expires_at: Date | string;
  }>('SELECT user_id, practice_id, step, expires_at FROM sign_in_challenges WHERE token_hash = $1', [
    hashSecret(secret),
  ]);
  if (!row || new Date(row.expires_at) <= now) return undefined;
  return { userId: row.user_id, practiceId: row.practice_id, step: row.step };
}

/** Ends the challenge once the sign-in completed; also clears expired ones of every account. */
export async function endChallenge(
  db: Queryable,
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
): Promise<void> {
  const secret = request.cookies[CHALLENGE_COOKIE];
  await db.query('DELETE FROM sign_in_challenges WHERE token_hash = $1 OR expires_at <= $2', [
    hashSecret(secret ?? ''),
    now,
  ]);
  reply.clearCookie(CHALLENGE_COOKIE, { path: '/api/auth' });
}

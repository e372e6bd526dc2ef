/**
 * Server-side sessions behind an HttpOnly, SameSite=Strict cookie. A new secret at every login; the
 * session ends after a configurable idle time (shorter for shared devices) and, however active, a
 * configurable number of hours after sign-in.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actingRole, type Role } from '../../../src/domain';
import type { ServerConfig } from '../config';
import { HttpError } from '../errors';
import { createBatchedLookup, type BatchedLookup } from '../store/batched-lookup';
import type { Queryable } from '../store/db';
import type { Actor } from './actor';
import { isSecureCookie } from './cookie-security';
import { hashSecret, newSecret } from './tokens';

export const SESSION_COOKIE = 'tijdig_session';
/**
 * Refreshing last_seen_at on every request would turn each burst of reads into writes; once a second
 * keeps the idle timeout exact to the second. (Once a minute ended a session used every 20 s after 60 s
 * when the idle timeout was one minute: the refresh never came before the timeout.)
 */
const TOUCH_INTERVAL_MS = 1_000;

export function idleMinutesOf(config: ServerConfig, isSharedDevice: boolean): number {
  return isSharedDevice ? config.sharedDeviceIdleTimeoutMinutes : config.idleTimeoutMinutes;
}

/**
 * Deletes sessions that have certainly ended: past their lifetime, or idle for longer than the longer of
 * the two idle timeouts. A session ends on its next request anyway; this removes those whose cookie never
 * comes back (a closed browser, a wiped tablet), so the table holds only sessions that may still be used.
 */
async function sweepEndedSessions(db: Queryable, config: ServerConfig, now: Date): Promise<void> {
  const longestIdleMs = Math.max(config.idleTimeoutMinutes, config.sharedDeviceIdleTimeoutMinutes) * 60_000;
  await db.query('DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2', [
    new Date(now.getTime() - longestIdleMs),
    new Date(now.getTime() - config.sessionMaxHours * 3_600_000),
  ]);
}

/** Starts a session (and first sweeps the ended ones: sign-ins are rare, the table is small). */
export async function startSession(
  db: Queryable,
  config: ServerConfig,
  reply: FastifyReply,
  request: FastifyRequest,
  userId: string,
  practiceId: string,
  now: Date,
  /** When the sign-in was confirmed with a second factor (see totp-routes.ts); null: password only. */
  secondFactorAt: Date | null = null,
): Promise<void> {
  await sweepEndedSessions(db, config, now);
  const secret = newSecret();
  // The idle timeout compares last_seen_at with the server's clock, so the session starts on that clock
  // too, not on the database's now(): a database on another host (or a test clock) may differ.
  // The column is named only when set, so a password-only sign-in also works on a schema from before it.
  await db.query(
    secondFactorAt === null
      ? 'INSERT INTO sessions (token_hash, user_id, practice_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)'
      : `INSERT INTO sessions (token_hash, user_id, practice_id, created_at, last_seen_at, second_factor_at)
         VALUES ($1, $2, $3, $4, $4, $5)`,
    [hashSecret(secret), userId, practiceId, now, ...(secondFactorAt === null ? [] : [secondFactorAt])],
  );
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecureCookie(config.publicOrigins, request),
  });
}

export async function endSession(db: Queryable, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const secret = request.cookies[SESSION_COOKIE];
  if (secret) await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashSecret(secret)]);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

interface ActorRow {
  name: string;
  email: string;
  is_shared_device: boolean;
  role: Role;
  extra_roles: Role[] | null;
  practice_name: string;
}

function actorOf(userId: string, practiceId: string, row: ActorRow): Actor {
  const roles = [row.role, ...(row.extra_roles ?? [])];
  return {
    userId,
    userName: row.name,
    email: row.email,
    role: actingRole(roles) ?? row.role,
    roles,
    practiceId,
    practiceName: row.practice_name,
    isSharedDevice: row.is_shared_device,
  };
}

/** The account as a member of one practice, e.g. right after it signed in. */
export async function actorFor(db: Queryable, userId: string, practiceId: string): Promise<Actor> {
  const [row] = await db.query<ActorRow>(
    `SELECT u.name, u.email, u.is_shared_device, m.role, m.extra_roles, p.name AS practice_name
       FROM users u
       JOIN memberships m ON m.user_id = u.id AND m.practice_id = $2
       JOIN practices p ON p.id = m.practice_id
      WHERE u.id = $1`,
    [userId, practiceId],
  );
  if (!row) throw new HttpError(401, 'notSignedIn', 'Sign in first.');
  return actorOf(userId, practiceId, row);
}

interface SessionRow extends ActorRow {
  token_hash: string;
  user_id: string;
  practice_id: string;
  last_seen_at: Date | string;
  created_at: Date | string;
  /** bigint: a string from some drivers. */
  practice_head: number | string;
}

/**
 * The sessions of these token hashes with their accounts, and their practices' change-sequence heads (0
 * before a practice's first push). A prepared statement: after its first five runs on a connection the
 * database keeps one generic plan for it (pg_prepared_statements on PostgreSQL 15: 5 custom, then generic).
 */
const SESSIONS_BY_TOKEN = `
  SELECT s.token_hash, s.user_id, s.practice_id, s.last_seen_at, s.created_at, u.name, u.email,
         u.is_shared_device, m.role, m.extra_roles, p.name AS practice_name,
         coalesce(q.value, 0) AS practice_head
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
    JOIN practices p ON p.id = s.practice_id
    LEFT JOIN practice_sequences q ON q.practice_id = s.practice_id
   WHERE s.token_hash = ANY($1::text[])`;

/**
 * Every request that needs its session reads it: the requests that arrive together read theirs in one
 * statement (batched-lookup.ts). One lookup per database, so a test's servers never share one.
 */
const sessionLookups = new WeakMap<Queryable, BatchedLookup<SessionRow>>();

function sessionLookupOf(db: Queryable): BatchedLookup<SessionRow> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = createBatchedLookup({
      readMany: (tokenHashes) => db.query<SessionRow>(SESSIONS_BY_TOKEN, [tokenHashes]),
      keyOf: (row) => row.token_hash,
    });
    sessionLookups.set(db, lookup);
  }
  return lookup;
}

/** A live session: its actor, and its practice's change-sequence head when the session was read. */
export interface LiveSession {
  actor: Actor;
  /** Every change of the practice numbered up to this had committed when the session was read. */
  practiceHead: number;
}

/** The signed-in actor, or a 401 when there is no live session. */
export async function requireActor(
  db: Queryable,
  config: ServerConfig,
  request: FastifyRequest,
  now: Date,
): Promise<Actor> {
  return (await requireSession(db, config, request, now)).actor;
}

/**
 * The live session behind the request, or a 401. It also brings the practice's sequence head, read in the
 * same statement: a pull at head, what every device asks in the background, then needs no second query.
 */
export async function requireSession(
  db: Queryable,
  config: ServerConfig,
  request: FastifyRequest,
  now: Date,
): Promise<LiveSession> {
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) throw new HttpError(401, 'notSignedIn', 'Sign in first.');
  const tokenHash = hashSecret(secret);
  const row = await sessionLookupOf(db)(tokenHash);
  if (!row) throw new HttpError(401, 'notSignedIn', 'Sign in first.');
  const idleMs = idleMinutesOf(config, row.is_shared_device) * 60_000;
  const idleFor = now.getTime() - new Date(row.last_seen_at).getTime();
  if (idleFor > idleMs) {
    await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    throw new HttpError(401, 'sessionExpired', 'The session ended after a period without activity.');
  }
  if (now.getTime() - new Date(row.created_at).getTime() > config.sessionMaxHours * 3_600_000) {
    await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    throw new HttpError(401, 'sessionExpired', 'The session reached its maximum lifetime; sign in again.');
  }
  if (idleFor >= TOUCH_INTERVAL_MS) {
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
  }
  return { actor: actorOf(row.user_id, row.practice_id, row), practiceHead: Number(row.practice_head) };
}

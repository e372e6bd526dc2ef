/** First-run setup, login, logout and the current session. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import {
  apiErrorSchema,
  loginRequestSchema,
  secondFactorChallengeSchema,
  sessionInfoSchema,
  setupRequestSchema,
  setupStatusSchema,
  type SessionInfo,
} from '../../../src/domain';
import { writeAudit } from '../audit/audit-log';
import { auditFailedLogin } from '../audit/failed-login';
import type { AppContext, ServerContext } from '../context';
import { HttpError } from '../errors';
import type { Queryable } from '../store/db';
import type { Actor } from './actor';
import { perAddressLoginLimit } from './address-limit';
import { hashPassword, makeDecoyHash, matchPassword } from './passwords';
import { startChallenge } from './sign-in-challenge';
import { secondFactorStepFor } from './totp-store';
import { actorFor, endSession, idleMinutesOf, requireActor, startSession } from './sessions';

const LOGIN_WINDOW = '15 minutes';

export function sessionInfoOf(actor: Actor, context: ServerContext): SessionInfo {
  return {
    user: {
      id: actor.userId,
      name: actor.userName,
      email: actor.email,
      role: actor.role,
      roles: [...actor.roles],
      isSharedDevice: actor.isSharedDevice,
    },
    practice: { id: actor.practiceId, name: actor.practiceName },
    idleTimeoutMinutes: idleMinutesOf(context.config, actor.isSharedDevice),
  };
}

interface LoginRow {
  id: string;
  password_hash: string;
  practice_id: string | null;
}

/**
 * The first of the accounts whose password matches, if it belongs to a practice. Exactly one scrypt
 * derivation whatever the address: against a decoy for an unknown e-mail, and against all of an
 * address's accounts at once when it has several (they share a salt, see `hashPassword`), so neither the
 * time nor the work reveals whether, or in how many practices, an account exists.
 */
async function accountWithPassword(
  rows: readonly LoginRow[],
  password: string,
  decoyHash: string,
): Promise<{ id: string; practiceId: string } | undefined> {
  const candidates = rows.length === 0 ? [decoyHash] : rows.map((row) => row.password_hash);
  const match = await matchPassword(password, candidates);
  const row = rows.length === 0 ? undefined : rows[match];
  return row?.practice_id ? { id: row.id, practiceId: row.practice_id } : undefined;
}

async function isSetUp(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM practices');
  return (row?.n ?? 0) > 0;
}

export function registerAccountRoutes(app: FastifyInstance, context: AppContext): void {
  const { db, config, hashGate } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const decoyHash = makeDecoyHash(config.scryptLogN);

  typed.get(
    '/api/setup',
    { schema: { tags: ['accounts'], response: { 200: setupStatusSchema } } },
    async () => {
      return { isSetUp: await isSetUp(db) };
    },
  );

  typed.post(
    '/api/setup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'First run: create the practice and its first beheerder (only while no practice exists).',
        body: setupRequestSchema,
        response: { 201: sessionInfoSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      // Refuse before hashing: a set-up server must not spend a second of scrypt on every POST.
      if (await isSetUp(db)) throw new HttpError(409, 'alreadySetUp', 'Tijdig is already set up.');
      const passwordHash = await hashGate.run(() => hashPassword(body.password, config.scryptLogN));
      const userId = uuidv7();
      const practiceId = uuidv7();
      const now = context.now();
      await db.transaction(async (tx) => {
        // The advisory lock makes two simultaneous first-run requests create one practice, not two.
        await tx.query('SELECT pg_advisory_xact_lock(7310)');
        const [existing] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM practices');
        if ((existing?.n ?? 0) > 0) throw new HttpError(409, 'alreadySetUp', 'Tijdig is already set up.');
        await tx.query('INSERT INTO practices (id, name) VALUES ($1, $2)', [practiceId, body.practiceName]);
        await tx.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
          userId,
          body.email,
          body.name,
          passwordHash,
        ]);
        await tx.query(
          "INSERT INTO memberships (user_id, practice_id, role, extra_roles) VALUES ($1, $2, 'beheerder', $3)",
          [userId, practiceId, body.clinicalRole ? [body.clinicalRole] : []],
        );
        await startSession(tx, config, reply, request, userId, practiceId, now);
      });
      const actor: Actor = {
        userId,
        userName: body.name,
        email: body.email,
        role: body.clinicalRole ?? 'beheerder',
        roles: body.clinicalRole ? ['beheerder', body.clinicalRole] : ['beheerder'],
        practiceId,
        practiceName: body.practiceName,
        isSharedDevice: false,
      };
      await writeAudit(
        db,
        actor,
        [{ event: 'setup', action: 'C', patientId: null, recordPart: 'practice', outcome: 'success' }],
        now,
      );
      return reply.code(201).send(sessionInfoOf(actor, context));
    },
  );

  typed.post(
    '/api/auth/login',
    {
      // Across e-mails: one address trying many accounts (or many unknown ones) is stopped before hashing.
      preHandler: perAddressLoginLimit(app, config, LOGIN_WINDOW),
      config: {
        rateLimit: {
          max: config.loginAttemptsPerWindow,
          timeWindow: LOGIN_WINDOW,
          // One bucket per address AND e-mail together: a colleague's typos behind the practice's shared
          // address lock out no one else. Guesses at one account from many addresses are not counted together.
          // Behind a trusted proxy request.ip is the address that proxy reported (see trustProxy in app.ts).
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.toLowerCase() : ''}`;
          },
        },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in. Unknown e-mail and wrong password answer alike.',
        body: loginRequestSchema,
        response: {
          200: sessionInfoSchema,
          202: secondFactorChallengeSchema,
          401: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // One address may have an account in more than one practice (migration 006), oldest first.
      const rows = await db.query<LoginRow>(
        `SELECT u.id, u.password_hash,
                (SELECT m.practice_id FROM memberships m WHERE m.user_id = u.id ORDER BY m.practice_id LIMIT 1) AS practice_id
           FROM users u WHERE u.email = $1 ORDER BY u.created_at, u.id`,
        [email],
      );
      const account = await hashGate.run(async () => accountWithPassword(rows, password, await decoyHash));
      if (!account) {
        // Logged under every account the address belongs to (one per practice), or none when it has none:
        // one statement either way.
        await auditFailedLogin(
          db,
          rows.map((row) => row.id),
          context.now(),
        );
        throw new HttpError(401, 'invalidCredentials', 'E-mail address or password is incorrect.');
      }
      // A second factor due: no session yet, a challenge that the second step (totp-routes.ts) completes.
      const step = await secondFactorStepFor(db, account.id, account.practiceId);
      if (step) {
        const challenge = { userId: account.id, practiceId: account.practiceId, step };
        return reply
          .code(202)
          .send(await startChallenge(db, config.publicOrigins, request, reply, challenge, context.now()));
      }
      await startSession(db, config, reply, request, account.id, account.practiceId, context.now());
      const actor = await actorFor(db, account.id, account.practiceId);
      await writeAudit(
        db,
        actor,
        [{ event: 'login', action: 'E', patientId: null, recordPart: 'account', outcome: 'success' }],
        context.now(),
      );
      return sessionInfoOf(actor, context);
    },
  );

  typed.post(
    '/api/auth/logout',
    { schema: { tags: ['accounts'], response: { 204: z.null() } } },
    async (request, reply) => {
      await endSession(db, request, reply);
      return reply.code(204).send(null);
    },
  );

  typed.get(
    '/api/auth/session',
    { schema: { tags: ['accounts'], response: { 200: sessionInfoSchema, 401: apiErrorSchema } } },
    async (request) => sessionInfoOf(await requireActor(db, config, request, context.now()), context),
  );
}

/**
 * Two-factor sign-in: the second step after the password, enrolment (from a sign-in challenge or from a
 * signed-in session in Instellingen) and the account's status. Beheer of other accounts' factors and the
 * practice setting are in two-factor-admin-routes.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiErrorSchema,
  enrolmentConfirmSchema,
  enrolmentDoneSchema,
  enrolmentStartSchema,
  secondFactorVerifySchema,
  sessionInfoSchema,
  twoFactorStatusSchema,
} from '../../../src/domain';
import { writeAudit } from '../audit/audit-log';
import { auditFailedLogin } from '../audit/failed-login';
import type { AppContext } from '../context';
import { HttpError } from '../errors';
import { sessionInfoOf } from './account-routes';
import type { Actor } from './actor';
import { hasSecondFactor } from './second-factor-guard';
import { endChallenge, readChallenge, type Challenge } from './sign-in-challenge';
import { actorFor, requireActor, SESSION_COOKIE, startSession } from './sessions';
import { totpUri } from './totp';
import {
  checkSecondFactor,
  confirmEnrolment,
  isEnrolled,
  isTwoFactorRequired,
  recoveryCodesLeft,
  startEnrolment,
} from './totp-store';
import { hashSecret } from './tokens';

/** Who is enrolling or confirming: a signed-in session, or a sign-in waiting for its second step. */
type Caller = { kind: 'session'; actor: Actor } | { kind: 'challenge'; challenge: Challenge };

const noChallenge = () =>
  new HttpError(401, 'challengeExpired', 'The sign-in has expired or was not started; sign in again.');

export function registerTotpRoutes(app: FastifyInstance, context: AppContext): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  /** A pending sign-in takes precedence: its cookie only exists between password and second step. */
  async function callerOf(request: FastifyRequest): Promise<Caller> {
    const challenge = await readChallenge(db, request, context.now());
    if (challenge) return { kind: 'challenge', challenge };
    if (!request.cookies[SESSION_COOKIE]) throw noChallenge();
    return { kind: 'session', actor: await requireActor(db, config, request, context.now()) };
  }

  /** Enrolment replaces a working factor only from a session that proved the current one. */
  async function requireMayEnrol(
    request: FastifyRequest,
    caller: Caller,
  ): Promise<{ userId: string; practiceId: string }> {
    if (caller.kind === 'challenge') {
      if (caller.challenge.step !== 'enrol')
        throw new HttpError(403, 'forbidden', 'Enter the code from your app.');
      return caller.challenge;
    }
    const { actor } = caller;
    if ((await isEnrolled(db, actor.userId)) && !(await hasSecondFactor(db, request)))
      throw new HttpError(403, 'secondFactorRequired', 'Confirm this sign-in with your current code first.');
    return actor;
  }

  /** Marks the signed-in session as confirmed with a second factor. */
  async function markSession(request: FastifyRequest): Promise<void> {
    await db.query('UPDATE sessions SET second_factor_at = $2 WHERE token_hash = $1', [
      hashSecret(request.cookies[SESSION_COOKIE] ?? ''),
      context.now(),
    ]);
  }

  /** Turns a completed challenge into a session whose second factor is given, and logs the sign-in. */
  async function finishSignIn(request: FastifyRequest, reply: FastifyReply, challenge: Challenge) {
    const now = context.now();
    await endChallenge(db, request, reply, now);
    await startSession(db, config, reply, request, challenge.userId, challenge.practiceId, now, now);
    const actor = await actorFor(db, challenge.userId, challenge.practiceId);
    await writeAudit(
      db,
      actor,
      [{ event: 'login', action: 'E', patientId: null, recordPart: 'account', outcome: 'success' }],
      now,
    );
    return sessionInfoOf(actor, context);
  }

  typed.get(
    '/api/auth/two-factor',
    { schema: { tags: ['accounts'], response: { 200: twoFactorStatusSchema, 401: apiErrorSchema } } },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      return {
        isEnrolled: await isEnrolled(db, actor.userId),
        isRequired: await isTwoFactorRequired(db, actor.userId, actor.practiceId),
        isGivenThisSession: await hasSecondFactor(db, request),
        recoveryCodesLeft: await recoveryCodesLeft(db, actor.userId),
      };
    },
  );

  typed.post(
    '/api/auth/two-factor/verify',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'The second sign-in step: a code from the app or one recovery code (also to confirm a session).',
        body: secondFactorVerifySchema,
        response: { 200: sessionInfoSchema, 401: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(request);
      if (caller.kind === 'challenge' && caller.challenge.step !== 'verify')
        throw new HttpError(409, 'notEnrolled', 'Set up two-factor sign-in first.');
      const userId = caller.kind === 'challenge' ? caller.challenge.userId : caller.actor.userId;
      try {
        await checkSecondFactor(db, userId, request.body, context.now());
      } catch (error) {
        if (error instanceof HttpError && error.statusCode === 401)
          await auditFailedLogin(db, [userId], context.now());
        throw error;
      }
      if (caller.kind === 'challenge') return finishSignIn(request, reply, caller.challenge);
      await markSession(request);
      return sessionInfoOf(caller.actor, context);
    },
  );

  typed.post(
    '/api/auth/two-factor/enrol',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Start setting up the authenticator app: a new secret, as text and as otpauth:// URI.',
        response: { 201: enrolmentStartSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const who = await requireMayEnrol(request, await callerOf(request));
      const actor = await actorFor(db, who.userId, who.practiceId);
      const { secret, expiresAt } = await startEnrolment(db, who.userId, context.now());
      return reply.code(201).send({
        secret,
        uri: totpUri(secret, actor.practiceName, actor.email),
        expiresAt: expiresAt.toISOString(),
      });
    },
  );

  typed.post(
    '/api/auth/two-factor/enrol/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm the app with its first code; answers the ten recovery codes, once.',
        body: enrolmentConfirmSchema,
        response: { 201: enrolmentDoneSchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const caller = await callerOf(request);
      const who = await requireMayEnrol(request, caller);
      const recoveryCodes = await confirmEnrolment(db, who.userId, request.body.code, context.now());
      const actor = await actorFor(db, who.userId, who.practiceId);
      await writeAudit(
        db,
        actor,
        [
          {
            event: 'twoFactor.enrol',
            action: 'C',
            patientId: null,
            recordPart: 'account',
            outcome: 'success',
          },
        ],
        context.now(),
      );
      if (caller.kind === 'challenge') {
        const session = await finishSignIn(request, reply, caller.challenge);
        return reply.code(201).send({ recoveryCodes, session });
      }
      // The code just given proves the new factor: this session counts as confirmed.
      await markSession(request);
      return reply.code(201).send({ recoveryCodes });
    },
  );
}

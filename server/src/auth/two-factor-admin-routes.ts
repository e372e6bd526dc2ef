/**
 * The beheerder's side of two-factor sign-in: which members have it, resetting a member's factor (a lost
 * phone), and the practice setting that requires it for everyone. Each needs a beheerder whose own
 * sign-in was confirmed with a code; each change is in the audit log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, memberTwoFactorSchema, practiceSettingsSchema } from '../../../src/domain';
import { writeAudit } from '../audit/audit-log';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { requireSecondFactor } from './second-factor-guard';
import { requireActor } from './sessions';
import { forgetDeviceKeys } from './device-key-routes';
import { resetFactor } from './totp-store';

export function registerTwoFactorAdminRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  async function requireBeheerder(request: FastifyRequest): Promise<Actor> {
    const actor = await requireActor(db, config, request, context.now());
    if (!actor.roles.includes('beheerder'))
      throw new HttpError(403, 'forbidden', 'Only a beheerder may do this.');
    await requireSecondFactor(db, request);
    return actor;
  }

  typed.get(
    '/api/team/two-factor',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Which members of the practice have two-factor sign-in set up (beheerder only).',
        response: { 200: memberTwoFactorSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireBeheerder(request);
      const rows = await db.query<{ user_id: string; is_enrolled: boolean }>(
        `SELECT m.user_id, (f.secret IS NOT NULL) AS is_enrolled
           FROM memberships m LEFT JOIN totp_factors f ON f.user_id = m.user_id
          WHERE m.practice_id = $1`,
        [actor.practiceId],
      );
      return { members: rows.map((row) => ({ userId: row.user_id, isEnrolled: row.is_enrolled })) };
    },
  );

  typed.post(
    '/api/team/members/:userId/two-factor/reset',
    {
      schema: {
        tags: ['accounts'],
        summary:
          "Remove a member's second factor, end their sessions and forget their devices' keys; they set " +
          'it up again at the next sign-in.',
        params: z.object({ userId: z.uuid() }),
        response: { 204: z.null(), 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireBeheerder(request);
      const { userId } = request.params;
      const [member] = await db.query('SELECT 1 FROM memberships WHERE user_id = $1 AND practice_id = $2', [
        userId,
        actor.practiceId,
      ]);
      if (!member)
        throw new HttpError(404, 'memberNotFound', 'This account is not a member of the practice.');
      await resetFactor(db, userId);
      // A lost second factor may be a lost device: the server's keys of the member's devices go too, so a
      // device opens its data only with the password again (device-key-routes.ts).
      await forgetDeviceKeys(db, actor.practiceId, userId);
      await writeAudit(
        db,
        { ...actor, role: 'beheerder' },
        [
          {
            event: 'twoFactor.reset',
            action: 'D',
            patientId: null,
            recordPart: 'account',
            outcome: 'success',
            target: `account/${userId}`,
          },
        ],
        context.now(),
      );
      return reply.code(204).send(null);
    },
  );

  typed.get(
    '/api/practice/settings',
    { schema: { tags: ['accounts'], response: { 200: practiceSettingsSchema, 403: apiErrorSchema } } },
    async (request) => {
      const actor = await requireBeheerder(request);
      const [row] = await db.query<{ requires_two_factor: boolean }>(
        'SELECT requires_two_factor FROM practices WHERE id = $1',
        [actor.practiceId],
      );
      return { requiresTwoFactor: row?.requires_two_factor === true };
    },
  );

  typed.post(
    '/api/practice/settings',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Practice settings (beheerder only): whether every account needs two-factor sign-in.',
        body: practiceSettingsSchema,
        response: { 200: practiceSettingsSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireBeheerder(request);
      const { requiresTwoFactor } = request.body;
      await db.transaction(async (tx) => {
        await tx.query('UPDATE practices SET requires_two_factor = $2 WHERE id = $1', [
          actor.practiceId,
          requiresTwoFactor,
        ]);
        // Required from now on: the sessions signed in with the password alone end now, not hours later at
        // their maximum lifetime. (The beheerder's own has a second factor: requireBeheerder asks for it.)
        if (requiresTwoFactor)
          await tx.query('DELETE FROM sessions WHERE practice_id = $1 AND second_factor_at IS NULL', [
            actor.practiceId,
          ]);
      });
      await writeAudit(
        db,
        { ...actor, role: 'beheerder' },
        [
          {
            event: 'practice.settings',
            action: 'U',
            patientId: null,
            recordPart: 'practice',
            outcome: 'success',
          },
        ],
        context.now(),
      );
      return request.body;
    },
  );
}

/**
 * The beheerder invites colleagues and external specialists through one-time links. The secret travels
 * in the link's fragment (#...), which browsers never send to a server, so it never lands in a log.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import {
  hasClinicalRole,
  huisartsenSchema,
  apiErrorSchema,
  invitationAcceptSchema,
  invitationCreatedSchema,
  invitationCreateSchema,
  invitationInfoSchema,
  invitedRoles,
  secondFactorChallengeSchema,
  sessionInfoSchema,
  specialistAccountsSchema,
  teamSchema,
  type IsoDateTime,
  type Member,
  type Role,
} from '../../../src/domain';
import { writeAudit } from '../audit/audit-log';
import type { AppContext } from '../context';
import { huisartsenOf } from '../sync/authorise';
import { HttpError } from '../errors';
import type { Queryable } from '../store/db';
import type { Actor } from './actor';
import { sessionInfoOf } from './account-routes';
import { hashPassword } from './passwords';
import { requireSecondFactor } from './second-factor-guard';
import { startChallenge } from './sign-in-challenge';
import { isRequiredFor } from './totp-store';
import { actorFor, requireActor, startSession } from './sessions';
import { hashSecret, newSecret } from './tokens';

const DAY_MS = 86_400_000;

interface InvitationRow {
  id: string;
  practice_id: string;
  practice_name: string;
  name: string;
  email: string;
  role: Role;
  extra_roles: Role[] | null;
  is_shared_device: boolean;
  expires_at: Date | string;
  used_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString() as IsoDateTime;
/** Every role of a membership or invitation row: its first `role`, then `extra_roles`. */
const rolesOf = (row: { role: Role; extra_roles: Role[] | null }): Role[] => [
  row.role,
  ...(row.extra_roles ?? []),
];

/** A beheerder whose sign-in in this session was confirmed with a second factor. */
async function requireBeheerder(db: Queryable, request: FastifyRequest, actor: Actor): Promise<void> {
  if (!actor.roles.includes('beheerder'))
    throw new HttpError(403, 'forbidden', 'Only a beheerder may do this.');
  await requireSecondFactor(db, request);
}

/** The practice's accounts with their role, by name. */
async function practiceMembers(db: Queryable, practiceId: string): Promise<Member[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    email: string;
    role: Role;
    extra_roles: Role[] | null;
    is_shared_device: boolean;
    created_at: Date | string;
  }>(
    `SELECT u.id, u.name, u.email, m.role, m.extra_roles, u.is_shared_device, u.created_at
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.practice_id = $1 ORDER BY u.name`,
    [practiceId],
  );
  return rows.map((m) => ({
    id: m.id,
    name: m.name,
    email: m.email,
    role: m.role,
    roles: rolesOf(m),
    isSharedDevice: m.is_shared_device,
    createdAt: iso(m.created_at),
  }));
}

export function registerInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  const { db, config, hashGate } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  /** An unused, unexpired invitation by its secret; anything else is the same 404. */
  async function openInvitation(token: string): Promise<InvitationRow> {
    const [row] = await db.query<InvitationRow>(
      `SELECT i.id, i.practice_id, p.name AS practice_name, i.name, i.email, i.role, i.extra_roles, i.is_shared_device,
              i.expires_at, i.used_at
         FROM invitations i JOIN practices p ON p.id = i.practice_id
        WHERE i.token_hash = $1`,
      [hashSecret(token)],
    );
    if (row?.used_at !== null || new Date(row.expires_at) < context.now()) {
      throw new HttpError(
        404,
        'invitationNotFound',
        'This invitation does not exist, was used or has expired.',
      );
    }
    return row;
  }

  typed.post(
    '/api/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite a colleague or specialist (beheerder only). The token is returned once.',
        body: invitationCreateSchema,
        response: { 201: invitationCreatedSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, config, request, context.now());
      await requireBeheerder(db, request, actor);
      const body = request.body;
      const [role, ...extraRoles] = invitedRoles(body);
      const token = newSecret();
      const id = uuidv7();
      const expiresAt = new Date(context.now().getTime() + body.validDays * DAY_MS);
      await db.query(
        `INSERT INTO invitations (id, practice_id, token_hash, name, email, role, extra_roles, is_shared_device,
                                  created_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          actor.practiceId,
          hashSecret(token),
          body.name,
          body.email,
          role,
          extraRoles,
          body.isSharedDevice,
          actor.userId,
          expiresAt,
        ],
      );
      await writeAudit(
        db,
        actor,
        [
          {
            event: 'invitation.create',
            action: 'C',
            patientId: null,
            recordPart: 'account',
            outcome: 'success',
          },
        ],
        context.now(),
      );
      return reply.code(201).send({ id, token, path: `/uitnodiging#${token}`, expiresAt: iso(expiresAt) });
    },
  );

  typed.get(
    '/api/team',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Members and open invitations of the practice (beheerder only).',
        response: { 200: teamSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      await requireBeheerder(db, request, actor);
      const members = await practiceMembers(db, actor.practiceId);
      const invitations = await db.query<InvitationRow>(
        `SELECT id, name, email, role, extra_roles, expires_at FROM invitations
          WHERE practice_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY created_at`,
        [actor.practiceId, context.now()],
      );
      return {
        members,
        invitations: invitations.map((i) => ({
          id: i.id,
          name: i.name,
          email: i.email,
          role: i.role,
          roles: rolesOf(i),
          expiresAt: iso(i.expires_at),
        })),
      };
    },
  );

  typed.get(
    '/api/team/huisartsen',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The practice huisartsen, whom a POH names when recording a medical decision namens them.',
        response: { 200: huisartsenSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      if (!hasClinicalRole(actor.roles))
        throw new HttpError(403, 'forbidden', 'Only the kernteam may list the huisartsen.');
      const huisartsen = await huisartsenOf(db, actor.practiceId);
      return { huisartsen: [...huisartsen].map(([userId, name]) => ({ userId, name })) };
    },
  );

  typed.get(
    '/api/team/specialists',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'The practice accounts with the role specialist-pz, so the kernteam can link its directory of specialists to them.',
        response: { 200: specialistAccountsSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      if (actor.role === 'specialist-pz')
        throw new HttpError(403, 'forbidden', 'A specialist PZ may not list the practice team.');
      const members = await practiceMembers(db, actor.practiceId);
      return { members: members.filter((member) => member.role === 'specialist-pz') };
    },
  );

  typed.post(
    '/api/invitations/lookup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation is for, before accepting it.',
        body: z.object({ token: z.string().min(20).max(200) }),
        response: { 200: invitationInfoSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const row = await openInvitation(request.body.token);
      return {
        practiceName: row.practice_name,
        role: row.role,
        roles: rolesOf(row),
        name: row.name,
        email: row.email,
      };
    },
  );

  typed.post(
    '/api/invitations/accept',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: create the account (or join with an existing one) and sign in.',
        body: invitationAcceptSchema,
        response: {
          201: sessionInfoSchema,
          202: secondFactorChallengeSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const invitation = await openInvitation(body.token);
      // An address with accounts in other practices gets a separate account here, hashed with their salt,
      // so that sign-in checks all of them with one derivation (see matchPassword).
      const [sameAddress] = await db.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE email = $1 ORDER BY created_at, id LIMIT 1',
        [invitation.email],
      );
      const passwordHash = await hashGate.run(() =>
        hashPassword(body.password, config.scryptLogN, sameAddress?.password_hash),
      );
      // A beheerder or specialist PZ (or anyone, when the practice says so) sets up the second factor before
      // the first session: the new account signs in through an enrolment challenge instead.
      const [practice] = await db.query<{ requires_two_factor: boolean }>(
        'SELECT requires_two_factor FROM practices WHERE id = $1',
        [invitation.practice_id],
      );
      const needsEnrolment = isRequiredFor(rolesOf(invitation), practice?.requires_two_factor === true);
      const { userId, challenge } = await db.transaction(async (tx) => {
        // Marking it used first, conditionally, makes the link one-time even under two simultaneous clicks.
        const claimed = await tx.query(
          'UPDATE invitations SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id',
          [invitation.id, context.now()],
        );
        if (claimed.length === 0)
          throw new HttpError(
            404,
            'invitationNotFound',
            'This invitation does not exist, was used or has expired.',
          );
        // Only the inviting practice's own accounts count: telling that an address has an account in
        // another practice would disclose that practice's team. The lock orders two acceptances for one
        // address in one practice, so it never gets two accounts.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [invitation.practice_id]);
        const [existing] = await tx.query<{ id: string }>(
          `SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id
            WHERE u.email = $1 AND m.practice_id = $2`,
          [invitation.email, invitation.practice_id],
        );
        if (existing)
          throw new HttpError(
            409,
            'emailTaken',
            'An account with this e-mail address already exists in this practice.',
          );
        const id = uuidv7();
        await tx.query(
          'INSERT INTO users (id, email, name, password_hash, is_shared_device) VALUES ($1, $2, $3, $4, $5)',
          [id, invitation.email, body.name, passwordHash, invitation.is_shared_device],
        );
        await tx.query(
          'INSERT INTO memberships (user_id, practice_id, role, extra_roles) VALUES ($1, $2, $3, $4)',
          [id, invitation.practice_id, invitation.role, invitation.extra_roles ?? []],
        );
        if (needsEnrolment) {
          const started = await startChallenge(
            tx,
            context.config.publicOrigins,
            request,
            reply,
            { userId: id, practiceId: invitation.practice_id, step: 'enrol' },
            context.now(),
          );
          return { userId: id, challenge: started };
        }
        await startSession(tx, config, reply, request, id, invitation.practice_id, context.now());
        return { userId: id, challenge: null };
      });
      const actor = await actorFor(db, userId, invitation.practice_id);
      await writeAudit(
        db,
        actor,
        [
          {
            event: 'invitation.accept',
            action: 'C',
            patientId: null,
            recordPart: 'account',
            outcome: 'success',
          },
        ],
        context.now(),
      );
      if (challenge) return reply.code(202).send(challenge);
      return reply.code(201).send(sessionInfoOf(actor, context));
    },
  );
}

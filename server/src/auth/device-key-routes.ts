/**
 * The server half of a device's key vault (issue 17). Each (practice, account, device) has one random key
 * that the server releases only to that account's live session; the device keeps its data key wrapped by
 * it. A beheerder's reset of the account's second factor deletes the rows, after which a device needs the
 * password again. Answers are never cached (no-store); the key is never logged, only the fact of a release.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { apiErrorSchema, deviceKeyRequestSchema, deviceKeySchema } from '../../../src/domain';
import { writeAudit } from '../audit/audit-log';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import type { Queryable } from '../store/db';
import type { Actor } from './actor';
import { requireActor } from './sessions';

const KEY_BYTES = 32;

async function storedKey(db: Queryable, actor: Actor, deviceId: string): Promise<string | undefined> {
  const [row] = await db.query<{ key_base64: string }>(
    'SELECT key_base64 FROM device_keys WHERE practice_id = $1 AND user_id = $2 AND device_id = $3',
    [actor.practiceId, actor.userId, deviceId],
  );
  return row?.key_base64;
}

/** The device's key, made on first request; a second request (even a concurrent one) gets the same key. */
async function keyMadeOnce(db: Queryable, actor: Actor, deviceId: string, now: Date): Promise<string> {
  await db.query(
    `INSERT INTO device_keys (practice_id, user_id, device_id, key_base64, created_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [actor.practiceId, actor.userId, deviceId, randomBytes(KEY_BYTES).toString('base64'), now],
  );
  const key = await storedKey(db, actor, deviceId);
  if (key === undefined) throw new Error('device key vanished right after it was stored');
  return key;
}

/** Deletes every device key of an account in a practice (a beheerder's reset of its second factor). */
export async function forgetDeviceKeys(db: Queryable, practiceId: string, userId: string): Promise<void> {
  await db.query('DELETE FROM device_keys WHERE practice_id = $1 AND user_id = $2', [practiceId, userId]);
}

export function registerDeviceKeyRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/auth/device-key',
    {
      schema: {
        tags: ['accounts'],
        summary: "This device's unwrapping key for the signed-in account; 404 when it has none (any more).",
        querystring: deviceKeyRequestSchema,
        response: { 200: deviceKeySchema, 401: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const now = context.now();
      const actor = await requireActor(db, config, request, now);
      void reply.header('Cache-Control', 'no-store');
      const key = await storedKey(db, actor, request.query.deviceId);
      // The refusal is logged once by the denial hook (audit/denial-audit.ts), as every 404 on a route is.
      if (key === undefined)
        throw new HttpError(404, 'deviceKeyNotFound', 'This device has no key for this account.');
      await writeAudit(
        db,
        actor,
        [
          {
            event: 'deviceKey',
            action: 'R',
            patientId: null,
            recordPart: 'deviceKey',
            outcome: 'success',
            target: `device/${request.query.deviceId}`,
          },
        ],
        now,
      );
      return { key };
    },
  );

  typed.post(
    '/api/auth/device-key',
    {
      schema: {
        tags: ['accounts'],
        summary: "Makes (once) and returns this device's unwrapping key for the signed-in account.",
        body: deviceKeyRequestSchema,
        response: { 200: deviceKeySchema, 401: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const now = context.now();
      const actor = await requireActor(db, config, request, now);
      void reply.header('Cache-Control', 'no-store');
      const key = await keyMadeOnce(db, actor, request.body.deviceId, now);
      await writeAudit(
        db,
        actor,
        [
          {
            event: 'deviceKey',
            action: 'C',
            patientId: null,
            recordPart: 'deviceKey',
            outcome: 'success',
            target: `device/${request.body.deviceId}`,
          },
        ],
        now,
      );
      return { key };
    },
  );
}

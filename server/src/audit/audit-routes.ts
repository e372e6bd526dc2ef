/** Upload of device audit events, and the beheerder's view of the log (which is itself logged). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiErrorSchema,
  auditPageSchema,
  auditQuerySchema,
  auditUploadResponseSchema,
  auditUploadSchema,
} from '../../../src/domain';
import { requireSecondFactor } from '../auth/second-factor-guard';
import { requireActor } from '../auth/sessions';
import type { AppContext } from '../context';
import { HttpError } from '../errors';
import { readAudit, writeAudit } from './audit-log';
import { MAX_UPLOAD_BYTES, storeDeviceEvents, takeUpload } from './device-upload';

export function registerAuditRoutes(app: FastifyInstance, context: AppContext): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/api/audit/events',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['audit'],
        summary:
          'Upload reads, searches, exports and prints a device queued (also offline); each event is stored or refused.',
        body: auditUploadSchema,
        response: { 200: auditUploadResponseSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const now = context.now();
      const actor = await requireActor(db, config, request, now);
      const retryAfter = await takeUpload(context.windowCounter, actor.userId);
      if (retryAfter !== null) {
        return reply
          .code(429)
          .header('retry-after', String(retryAfter))
          .send({ code: 'tooManyUploads', message: 'Too many audit uploads; try again in a minute.' });
      }
      return storeDeviceEvents(db, actor, request.body.clientId, request.body.events, now);
    },
  );

  typed.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "The practice's audit log, newest first (beheerder only).",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      // The refusal is logged by denial-audit.ts, like every 403.
      if (!actor.roles.includes('beheerder')) {
        throw new HttpError(403, 'forbidden', 'Only a beheerder may view the audit log.');
      }
      // NEN 7513: reading the log itself takes a second factor in this session.
      await requireSecondFactor(db, request);
      await writeAudit(
        db,
        // Viewing the log is done as beheerder, whatever clinical role the account also holds.
        { ...actor, role: 'beheerder' },
        [
          {
            event: 'audit.view',
            action: 'R',
            patientId: request.query.patientId ?? null,
            recordPart: 'auditLog',
            outcome: 'success',
          },
        ],
        context.now(),
      );
      return { entries: await readAudit(db, actor.practiceId, request.query) };
    },
  );
}

/** Upload of device audit events, and the beheerder's view of the log (which is itself logged). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, auditPageSchema, auditQuerySchema, auditUploadSchema } from '../../../src/domain';
import { requireActor } from '../auth/sessions';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import { readAudit, writeAudit, writeDeviceAudit } from './audit-log';

export function registerAuditRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/audit/events',
    {
      schema: {
        tags: ['audit'],
        summary: 'Upload reads, searches, exports and prints a device queued (also offline).',
        body: auditUploadSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, config, request, context.now());
      await writeDeviceAudit(db, actor, request.body.clientId, request.body.events);
      return reply.code(204).send(null);
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
      if (!actor.roles.includes('beheerder')) {
        await writeAudit(
          db,
          actor,
          [{ event: 'audit.view', action: 'R', patientId: null, recordPart: 'auditLog', outcome: 'denied' }],
          context.now(),
        );
        throw new HttpError(403, 'forbidden', 'Only a beheerder may view the audit log.');
      }
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

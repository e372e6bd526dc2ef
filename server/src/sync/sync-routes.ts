/** HTTP endpoints of the sync protocol: thin handlers that parse, call push/pull and send. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  mayRead,
  MIN_CLIENT_SCHEMA_VERSION,
  pullQuerySchema,
  pullResponseSchema,
  type PullResponse,
  pushRequestSchema,
  pushResponseSchema,
  SYNC_ENTITIES,
  SYNC_ENTITY_DEFINITIONS,
  syncChangeSchema,
} from '../../../src/domain';
import { writeAudit, type AuditRecord } from '../audit/audit-log';
import { requireActor, requireSession } from '../auth/sessions';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import type { PageBuilder } from './page-builder';
import { pageEncodingFor } from './page-encoding';
import { pullAnswer } from './pull';
import { pushTo } from './push';
import { readRecord } from './records';
import { specialistScope } from './scope';

function requireCurrentClient(schemaVersion: number): void {
  if (schemaVersion < MIN_CLIENT_SCHEMA_VERSION) {
    throw new HttpError(
      426,
      'clientTooOld',
      'This version of the app is too old; update it. Your changes are kept.',
      {
        minSchemaVersion: MIN_CLIENT_SCHEMA_VERSION,
      },
    );
  }
}

export function registerSyncRoutes(app: FastifyInstance, context: ServerContext, pages: PageBuilder): void {
  const { db, config } = context;
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/sync/push',
    {
      schema: {
        tags: ['sync'],
        summary: 'Send outbox mutations; each gets applied, conflict or rejected.',
        body: pushRequestSchema,
        response: { 200: pushResponseSchema, 409: apiErrorSchema, 426: apiErrorSchema },
      },
    },
    async (request) => {
      requireCurrentClient(request.body.schemaVersion);
      const actor = await requireActor(db, config, request, context.now());
      return { results: await pushTo(db, actor, request.body, context.now()) };
    },
  );

  typed.get(
    '/api/sync/pull',
    {
      schema: {
        tags: ['sync'],
        summary: 'Changes after a checkpoint, in order, with the next checkpoint.',
        querystring: pullQuerySchema,
        response: { 200: pullResponseSchema, 426: apiErrorSchema },
      },
    },
    async (request, reply) => {
      requireCurrentClient(request.query.schemaVersion);
      const { actor, practiceHead } = await requireSession(db, config, request, context.now());
      const { since, limit } = request.query;
      const bounds = { since, limit, maxBytes: config.pullPageBytes };
      const { body, count, encoding, disclosures } = await pullAnswer(
        db,
        pages,
        actor,
        bounds,
        context.now(),
        practiceHead,
        pageEncodingFor(request.headers['accept-encoding']),
      );
      if (count > 0) {
        // A specialist's view is a few patients: each one disclosed is logged, per record part.
        const records: AuditRecord[] = disclosures?.length
          ? disclosures.map(({ patientId, recordPart }) => ({
              event: 'sync.pull',
              action: 'R',
              patientId,
              recordPart,
              outcome: 'success',
            }))
          : [{ event: 'sync.pull', action: 'R', patientId: null, recordPart: 'sync', outcome: 'success' }];
        await writeAudit(db, actor, records, context.now());
      }
      // Compressed where the page was built (page-encoding.ts): @fastify/compress lets such an answer pass.
      if (encoding !== 'identity')
        reply.header('content-encoding', encoding).header('vary', 'accept-encoding');
      // Already JSON bytes in the documented shape: sent as they are, not serialised a second time.
      return reply.type('application/json; charset=utf-8').send(body as unknown as PullResponse);
    },
  );

  typed.get(
    '/api/records/:entity/:recordId',
    {
      schema: {
        tags: ['sync'],
        summary:
          "One record as the server holds it. Another practice's record answers 404 like a missing one.",
        params: z.object({ entity: z.enum(SYNC_ENTITIES), recordId: z.string().min(1).max(200) }),
        response: { 200: syncChangeSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(db, config, request, context.now());
      const { entity, recordId } = request.params;
      const notFound = new HttpError(404, 'notFound', 'No such record.');
      // A record kind the account's roles may not read answers 404, like a missing record.
      let record = mayRead(actor.roles, entity)
        ? await readRecord(db, actor.practiceId, entity, recordId)
        : undefined;
      if (actor.role === 'specialist-pz') {
        const scope = await specialistScope(db, actor, context.now());
        record = scope.find((r) => r.entity === entity && r.recordId === recordId);
      }
      const definition = SYNC_ENTITY_DEFINITIONS[entity];
      const view =
        actor.role === 'specialist-pz' ? definition.specialistView : (row: Record<string, unknown>) => row;
      if (!record || !view) throw notFound;
      await writeAudit(
        db,
        actor,
        [
          {
            event: `${entity}.read`,
            action: 'R',
            patientId: definition.patientIdOf(record.data),
            recordPart: entity,
            outcome: 'success',
          },
        ],
        context.now(),
      );
      return {
        entity: record.entity,
        recordId: record.recordId,
        rev: record.rev,
        seq: record.seq,
        isDeleted: record.isDeleted,
        data: view(record.data),
      };
    },
  );
}

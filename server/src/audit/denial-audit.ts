/**
 * Every refused API request is logged (NEN 7513), whichever handler, hook or check refused it: one hook
 * looks at the status a request leaves with, so a route cannot forget to log, and a refusal is logged
 * once because nothing else logs 401, 403 or 404 answers.
 *
 * - 401 and 403 on any API route, and when no route matched (a hook such as the CSRF check refused it);
 * - 404 on a route that matched: a record that does not exist, is another practice's, or is outside the
 *   account's scope all answer 404 alike, and all are logged alike. A 404 for a path that is no route
 *   names no record and is not logged.
 *
 * The row names the route pattern and, for a record, its kind and id; never the raw URL (which could
 * carry a token or whatever a caller typed) and never the body.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SYNC_ENTITIES, type AuditAction } from '../../../src/domain';
import { SESSION_COOKIE } from '../auth/sessions';
import { hashSecret } from '../auth/tokens';
import type { ServerContext } from '../context';
import type { Queryable } from '../store/db';
import { writeAudit, type AuditActor, type AuditRecord } from './audit-log';

const DENIALS = new Set([401, 403, 404]);

/**
 * Routes whose refusals are no access to anything: asking whether one is signed in (the app does it at
 * every start), and signing in, which logs its own failures with the account aimed at (failed-login.ts).
 */
const NOT_LOGGED = new Set(['GET /api/auth/session', 'POST /api/auth/login']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTITIES: ReadonlySet<string> = new Set(SYNC_ENTITIES);

/** What the route is about, for the log: event, action and record part, as the route's success logs them. */
const KNOWN_ROUTES: Readonly<Record<string, Pick<AuditRecord, 'event' | 'action' | 'recordPart'>>> = {
  'POST /api/sync/push': { event: 'sync.push', action: 'U', recordPart: 'sync' },
  'GET /api/sync/pull': { event: 'sync.pull', action: 'R', recordPart: 'sync' },
  'GET /api/audit': { event: 'audit.view', action: 'R', recordPart: 'auditLog' },
  'POST /api/audit/events': { event: 'audit.upload', action: 'C', recordPart: 'auditLog' },
  'GET /api/auth/device-key': { event: 'deviceKey', action: 'R', recordPart: 'deviceKey' },
  'POST /api/auth/device-key': { event: 'deviceKey', action: 'C', recordPart: 'deviceKey' },
};

const ACTION_OF_METHOD: Readonly<Record<string, AuditAction>> = { GET: 'R', HEAD: 'R', DELETE: 'D' };

/** The refused request as an audit record. Only ids that look like ids are kept (a typed value might be a BSN). */
export function denialRecord(method: string, route: string | undefined, params: unknown): AuditRecord {
  const routeName = `${method} ${route ?? '(no route)'}`;
  const outcome = 'denied' as const;
  const { entity, recordId } = (params ?? {}) as { entity?: unknown; recordId?: unknown };
  if (route === '/api/records/:entity/:recordId' && typeof entity === 'string' && ENTITIES.has(entity)) {
    const id = typeof recordId === 'string' && UUID.test(recordId) ? recordId : null;
    return {
      event: `${entity}.read`,
      action: 'R',
      patientId: entity === 'patient' ? id : null,
      recordPart: entity,
      outcome,
      target: id === null ? entity : `${entity}/${id}`,
    };
  }
  const known = KNOWN_ROUTES[routeName];
  if (known) return { ...known, patientId: null, outcome, target: routeName };
  const part = /^\/api\/([a-z-]+)/.exec(route ?? '')?.[1] ?? 'api';
  return {
    event: `${part}.request`,
    action: ACTION_OF_METHOD[method] ?? 'E',
    patientId: null,
    recordPart: part,
    outcome,
    target: routeName,
  };
}

/**
 * Whose session the request carried, without touching it (no idle check, no refresh): a refusal is
 * logged under the account that made it whenever the session still exists.
 */
async function sessionOwner(db: Queryable, request: FastifyRequest): Promise<AuditActor | null> {
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return null;
  const [row] = await db.query<AuditActor>(
    `SELECT s.user_id AS "userId", u.name AS "userName", m.role, s.practice_id AS "practiceId",
            p.name AS "practiceName"
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
       JOIN practices p ON p.id = s.practice_id
      WHERE s.token_hash = $1`,
    [hashSecret(secret)],
  );
  return row ?? null;
}

function isLoggedDenial(request: FastifyRequest, status: number): boolean {
  if (!DENIALS.has(status)) return false;
  const route = request.routeOptions.url;
  // No route matched: a 401 or 403 can only come from a hook that refused the request (CSRF, host).
  if (route === undefined) return status !== 404;
  return route.startsWith('/api/') && !NOT_LOGGED.has(`${request.method} ${route}`);
}

async function logDenial(context: ServerContext, request: FastifyRequest): Promise<void> {
  try {
    const actor = await sessionOwner(context.db, request);
    const record = denialRecord(request.method, request.routeOptions.url, request.params);
    await writeAudit(context.db, actor, [record], context.now());
  } catch (error) {
    // The answer is a refusal either way, so it still goes out; the lost log row is a server fault.
    request.log.error({ err: error }, 'could not log a refused request');
  }
}

export function installDenialAudit(app: FastifyInstance, context: ServerContext): void {
  // A callback hook, not an async one: every answer passes here, and the ones that are no refusal (nearly
  // all of them, e.g. every push and pull) go on at once without a promise.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!isLoggedDenial(request, reply.statusCode)) {
      done(null, payload);
      return;
    }
    void logDenial(context, request).then(() => {
      done(null, payload);
    });
  });
}

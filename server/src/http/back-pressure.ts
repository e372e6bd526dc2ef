/**
 * Back-pressure (@fastify/under-pressure): past a threshold - event loop delay, heap in use, or a database
 * that stopped answering - every request gets 503 with Retry-After and a { code, message } body, so a
 * device waits and tries again (src/sync/backoff.ts) instead of piling more work on a stalled server.
 * `/api/health` is always answered: a load balancer must see the process alive. Thresholds come from
 * the environment (config.ts); 0 turns one off.
 */
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { PressureConfig } from '../config';
import { HttpError } from '../errors';
import type { Queryable } from '../store/db';

/** The route option that exempts a route (the health check) from back-pressure. */
export const ALWAYS_ANSWERED = { pressureHandler: (): undefined => undefined };

const MB = 1024 * 1024;

/**
 * `isHealthy` replaces the database check (a test's seam to force pressure); by default the database must
 * answer `SELECT 1`.
 */
export async function installBackPressure(
  app: FastifyInstance,
  config: PressureConfig,
  db: Queryable,
  isHealthy?: () => Promise<boolean>,
): Promise<void> {
  const check =
    isHealthy ??
    (config.databaseCheckMs > 0
      ? async () => (await db.query<{ one: number }>('SELECT 1 AS one'))[0]?.one === 1
      : undefined);
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedMb * MB,
    ...(check ? { healthCheck: check, healthCheckInterval: config.databaseCheckMs || 5000 } : {}),
    retryAfter: config.retryAfterSeconds,
    // Thrown, so the answer goes through the error handler like every other refusal.
    pressureHandler: (): never => {
      throw new HttpError(
        503,
        'serverBusy',
        'The server is busy; try again after Retry-After seconds.',
        {},
        { 'Retry-After': String(config.retryAfterSeconds) },
      );
    },
  });
}

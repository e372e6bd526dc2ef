/**
 * Login attempts per client address, whatever the e-mail. The per-route limit counts an address and an
 * e-mail together (so one colleague's typos lock out no one else); without this second count, one
 * address could try a new e-mail each time and have every attempt hashed. @fastify/rate-limit runs one
 * limiter per request, so this one is a preHandler of its own on the same store.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config';
import { HttpError } from '../errors';

export function perAddressLoginLimit(
  app: FastifyInstance,
  config: ServerConfig,
  timeWindow: string,
): (request: FastifyRequest) => Promise<void> {
  const check = app.createRateLimit({
    max: config.loginAttemptsPerAddress,
    timeWindow,
    // Behind a trusted proxy this is the address that proxy reported (trustProxy in app.ts).
    keyGenerator: (request) => `address|${request.ip}`,
  });
  return async (request) => {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) {
      throw new HttpError(
        429,
        'tooManyRequests',
        'Too many sign-in attempts from this address; try again later.',
        {},
        { 'retry-after': String(result.ttlInSeconds) },
      );
    }
  };
}

/**
 * Cross-site request forgery defence for every state-changing request: a custom header (which a
 * cross-site form or image cannot send without a CORS preflight the server never grants) and an Origin
 * that is one of the server's public origins.
 *
 * The check depends on the method only, never on how the path is spelled: a prefix test on the URL let
 * `/%61pi/sync/push` and absolute-form targets (`POST http://host/api/...`) through, although the router
 * sends both to the API. No route changes state on GET, HEAD or OPTIONS, so those are the only ones let by.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';

export const CSRF_HEADER = 'x-tijdig-request';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installCsrfProtection(app: FastifyInstance, publicOrigins: readonly string[]): void {
  const origins = new Set(publicOrigins.map((origin) => origin.toLowerCase()));
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method)) {
      done();
    } else if (request.headers[CSRF_HEADER] !== '1') {
      done(new HttpError(403, 'csrf', `State-changing requests need the ${CSRF_HEADER} header.`));
    } else if (!origins.has((request.headers.origin ?? '').toLowerCase())) {
      done(new HttpError(403, 'csrf', 'The request comes from another origin.'));
    } else {
      done();
    }
  });
}

/**
 * Cross-site request forgery defence for every state-changing API request: a custom header (which a
 * cross-site form or image cannot send without a CORS preflight the server never grants) and an Origin
 * that matches the server's own.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';

export const CSRF_HEADER = 'x-tijdig-request';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installCsrfProtection(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) {
      done();
    } else if (request.headers[CSRF_HEADER] !== '1') {
      done(new HttpError(403, 'csrf', `State-changing requests need the ${CSRF_HEADER} header.`));
    } else if (request.headers.origin !== `${request.protocol}://${request.host}`) {
      done(new HttpError(403, 'csrf', 'The request comes from another origin.'));
    } else {
      done();
    }
  });
}

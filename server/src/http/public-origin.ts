/**
 * The origins Tijdig is reached at (TIJDIG_PUBLIC_ORIGIN). Every request must name one of their hosts: a
 * request for another Host was misdirected (or is a DNS-rebinding page talking to a server on the LAN)
 * and gets 421 before any route runs.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors';

/** The hosts (name and port, as in a Host header) of the configured origins, lower-case. */
export function hostsOf(origins: readonly string[]): Set<string> {
  return new Set(origins.map((origin) => new URL(origin).host.toLowerCase()));
}

/** The origin of the request as the browser sees it (behind a trusted proxy: as the proxy reports). */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`.toLowerCase();
}

export function installHostAllowlist(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = hostsOf(origins);
  app.addHook('onRequest', (request, _reply, done) => {
    // URL drops a scheme's default port, as browsers do in the Host header: http://h:80 allows "h".
    if (allowed.has(request.host.toLowerCase())) done();
    else done(new HttpError(421, 'misdirectedHost', 'This server does not answer for that host name.'));
  });
}

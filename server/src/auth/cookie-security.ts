/**
 * Whether a cookie goes out `Secure`. Over https, always; and whenever every origin Tijdig is reached at
 * is https: behind a TLS proxy that the server is not told to trust (TIJDIG_TRUST_PROXY), a request still
 * looks like plain http, and the session cookie must not then be sent without the flag.
 */
import type { FastifyRequest } from 'fastify';

export function isSecureCookie(
  publicOrigins: readonly string[],
  request: Pick<FastifyRequest, 'protocol'>,
): boolean {
  return (
    request.protocol === 'https' ||
    (publicOrigins.length > 0 && publicOrigins.every((origin) => origin.startsWith('https://')))
  );
}

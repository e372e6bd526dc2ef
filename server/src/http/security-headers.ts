/**
 * Security headers on every answer, through helmet. The built app has no inline script or
 * style element (Vite emits files; the service worker is registered from a bundled module), so the
 * Content-Security-Policy allows only the app's own origin. React's style props and Swagger UI's are set
 * through the CSSOM, which style-src does not govern.
 *
 * API answers carry patient data (a pull holds names and BSNs), so none may sit in the browser's HTTP cache
 * or a proxy's: every /api/ answer is `Cache-Control: no-store`. The service worker has no runtime caching
 * for /api/ either (vite.config.ts), so a copy lives only in the device's database, where it is encrypted.
 *
 * The headers are helmet's, computed once at start: none depends on the request (no CSP nonces, no
 * per-route settings). @fastify/helmet built a helmet middleware per request, and helmet itself writes
 * the policy out as header text again on every call: together about 5 % of the event loop's busy time
 * under pull load.
 */
import type { FastifyInstance } from 'fastify';
import { IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';

const ONE_YEAR_SECONDS = 31_536_000;

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // Icons are files; Swagger UI draws a few as data: URLs; downloads (CSV, iCalendar) are blob: URLs.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The headers helmet sets with Tijdig's options, read once from a response that only records them. */
function helmetHeaders(): readonly (readonly [string, string])[] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.set(name, String(value));
    },
    removeHeader: (name: string) => {
      headers.delete(name);
    },
  };
  const run = { isDone: false };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS over plain http would be ignored at best; it is sent below, only when TLS is in front.
    strictTransportSecurity: false,
  })(new IncomingMessage(new Socket()), recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error !== undefined) throw error instanceof Error ? error : new Error('helmet refused its options');
    run.isDone = true;
  });
  // Helmet's middlewares are synchronous; headers set later would be missing from every answer.
  if (!run.isDone || headers.size === 0) throw new Error('helmet did not set its headers synchronously');
  return [...headers];
}

export function installSecurityHeaders(app: FastifyInstance): void {
  const securityHeaders = helmetHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value);
    done();
  });
  app.addHook('onSend', (request, reply, _payload, done) => {
    if (isApiPath(request.url)) reply.header('Cache-Control', 'no-store');
    if (request.protocol === 'https') {
      reply.header('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`);
    }
    done();
  });
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

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
 * Helmet itself, built once: @fastify/helmet builds a new helmet middleware for every request, and turning
 * the policy into header text again took about 5 % of the event loop's busy time under pull load. Tijdig
 * needs none of that plugin's extras (per-route settings, CSP nonces).
 */
import type { FastifyInstance } from 'fastify';
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

export function installSecurityHeaders(app: FastifyInstance): void {
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS over plain http would be ignored at best; it is sent below, only when TLS is in front.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    setSecurityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
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

/**
 * Serves the built PWA. The service worker, index.html and the manifest must never be cached by the
 * browser's HTTP cache (an update would otherwise hide behind it); hashed assets never change and are
 * cached for a year. Unknown paths outside /api get index.html, so deep links work.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ALWAYS_FRESH = /(^|\/)(sw\.js|index\.html|manifest\.webmanifest|registerSW\.js)$/;

/** A compressed copy the build wrote beside a file (scripts/precompress.ts) is cached as that file. */
const COMPRESSED_COPY = /\.(br|gz)$/;

export function cacheControlFor(servedPath: string): string {
  const path = servedPath.replace(COMPRESSED_COPY, '');
  if (ALWAYS_FRESH.test(path)) return NO_CACHE;
  if (/\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(path) || /workbox-[0-9a-f]{8}\.js$/.test(path))
    return IMMUTABLE;
  return NO_CACHE;
}

/** Serves the built app from `root`; false when there is none (then only the API runs). */
export async function registerStaticApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, 'no built app found; run `npm run build` (serving the API only)');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    // The build's brotli and gzip copies, when the browser accepts them: made once at the highest quality,
    // where @fastify/compress would compress every answer again, at brotli's quality 4.
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', cacheControlFor(path));
    },
  });
  return true;
}

/** A page of the app (deep link), as opposed to the API or a file such as a script of an older build. */
function isPagePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !/^\/api(\/|$)/.test(path) && !/\.[A-Za-z0-9]+$/.test(lastSegment);
}

/**
 * 404 as JSON for the API and for missing files; index.html for any other page path when the app is
 * served, so deep links such as /patienten/<id> open the app, which routes them itself. A missing
 * script must not get index.html: the browser would fail on an HTML "script" instead of a clear 404.
 */
export function installNotFound(app: FastifyInstance, isServingApp: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest = isServingApp && request.method === 'GET' && isPagePath(request.url);
    if (!isPageRequest) {
      return reply.code(404).send({ code: 'notFound', message: 'No such resource.' });
    }
    return reply.header('Cache-Control', NO_CACHE).sendFile('index.html');
  });
}

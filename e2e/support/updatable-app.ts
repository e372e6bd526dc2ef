/**
 * Serves a private copy of dist/ so a test can publish a "new version" by changing the copied sw.js,
 * without rebuilding and without touching the dist/ that the other tests use.
 * A tiny static server with the same single-page fallback as `vite preview`.
 */
import { appendFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface UpdatableApp {
  /** Origin of the copy, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Changes the bytes of the copied sw.js, which is what makes the browser install a new service worker. */
  publishNewVersion(): Promise<void>;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a request path maps to: an existing file, or index.html for app routes (no extension). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (await isFile(candidate)) return candidate;
  if (extname(decoded) === '') return join(root, 'index.html');
  return null;
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Copies dist/ to a temporary folder and serves it on a free port. */
export async function serveCopyOfDist(): Promise<UpdatableApp> {
  if (!(await isFile(join(DIST, 'sw.js')))) {
    throw new Error('dist/sw.js is missing: run `npm run build` (npm run e2e does) before the e2e tests');
  }
  const root = await mkdtemp(join(tmpdir(), 'tijdig-e2e-'));
  await cp(DIST, root, { recursive: true });

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    resolveFile(root, path)
      .then(async (file) => {
        if (file === null) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        const body = await readFile(file);
        response
          .writeHead(200, {
            'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            // Every update check must see the current bytes.
            'Cache-Control': 'no-cache',
          })
          .end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => {
        response.writeHead(500).end();
      });
  });
  const { port } = await listen(server);

  let version = 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async publishNewVersion() {
      version += 1;
      await appendFile(join(root, 'sw.js'), `\n// e2e: new version ${version}\n`);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await rm(root, { recursive: true, force: true });
    },
  };
}

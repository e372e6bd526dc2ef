import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyString, DATABASES, startTestServer, TestClient, type TestServer } from './harness';

const INDEX_HTML = '<!doctype html><title>Tijdig</title><div id="root"></div>';
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe.each(DATABASES)('serving the app on %s', (kind) => {
  let server: TestServer;
  let client: TestClient;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tijdig-static-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), INDEX_HTML);
    await writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(dir, 'manifest.webmanifest'), '{"name":"Tijdig"}');
    await writeFile(join(dir, 'assets', 'index-AbCdEf12.js'), 'console.log("app");');
    await writeFile(
      join(dir, 'assets', 'big-AbCdEf12.js'),
      `export const rows = [${'"patiënt",'.repeat(2000)}];`,
    );
    // The build's compressed copies (scripts/precompress.ts), each marked so a test can tell them from the
    // server's own compression of the file.
    const packed = `export const names = [${'"Jansen",'.repeat(500)}];`;
    await writeFile(join(dir, 'assets', 'packed-AbCdEf12.js'), packed);
    await writeFile(
      join(dir, 'assets', 'packed-AbCdEf12.js.br'),
      brotliCompressSync(`${packed}\n// br copy`),
    );
    await writeFile(join(dir, 'assets', 'packed-AbCdEf12.js.gz'), gzipSync(`${packed}\n// gz copy`));
    server = await startTestServer(kind, { staticDir: dir });
    client = new TestClient(server.app);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['/', 'text/html'],
    ['/index.html', 'text/html'],
    ['/sw.js', 'javascript'],
    ['/manifest.webmanifest', 'manifest+json'],
  ])('never lets the browser cache %s without asking', async (path, type) => {
    const reply = await client.get(path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain(type);
    expect(reply.headers['cache-control']).toBe(NO_CACHE);
  });

  it.each(['/patienten/123', '/patienten/123?tab=zorgplan', '/mdo'])(
    'opens the app at the deep link %s, uncached',
    async (path) => {
      const reply = await client.get<string>(path);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toContain('text/html');
      expect(reply.body).toBe(INDEX_HTML);
      expect(reply.headers['cache-control']).toBe(NO_CACHE);
    },
  );

  it('compresses scripts for browsers that accept it, and leaves them alone for those that do not', async () => {
    const gzipped = await client.request('GET', '/assets/big-AbCdEf12.js', undefined, {
      'accept-encoding': 'gzip',
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);
    const plain = await client.request('GET', '/assets/big-AbCdEf12.js', undefined, {
      'accept-encoding': 'identity',
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('patiënt');
  });

  it.each([
    ['br, gzip', 'br', '// br copy', brotliDecompressSync],
    ['gzip', 'gzip', '// gz copy', gunzipSync],
  ] as const)(
    "sends the build's compressed copy to a browser accepting %s, cached as the script itself",
    async (accepted, encoding, marker, decompress) => {
      const reply = await server.app.inject({
        method: 'GET',
        url: '/assets/packed-AbCdEf12.js',
        headers: { host: '127.0.0.1', 'accept-encoding': accepted },
      });
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-encoding']).toBe(encoding);
      expect(reply.headers['content-type']).toContain('javascript');
      expect(reply.headers['cache-control']).toBe(IMMUTABLE);
      expect(reply.headers.vary).toMatch(/accept-encoding/i);
      expect(decompress(reply.rawPayload).toString()).toMatch(
        new RegExp(`^export const names.*${marker}$`, 's'),
      );
    },
  );

  it('sends the script itself to a browser accepting no compression', async () => {
    const reply = await server.app.inject({
      method: 'GET',
      url: '/assets/packed-AbCdEf12.js',
      headers: { host: '127.0.0.1', 'accept-encoding': 'identity' },
    });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body).toMatch(/^export const names = \["Jansen",/);
    expect(reply.body).not.toContain('copy');
  });

  it('answers a missing script of an older build with 404 instead of the app', async () => {
    const reply = await client.get('/assets/index-0ld8uild.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).not.toContain('text/html');
  });

  it('caches a hashed asset for a year', async () => {
    const reply = await client.get('/assets/index-AbCdEf12.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe(IMMUTABLE);
  });

  it.each(['/api/unknown', '/api'])(
    'answers the unknown API path %s with 404 JSON, not the app',
    async (path) => {
      const reply = await client.get(path);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(reply.body).toEqual({ code: 'notFound', message: anyString });
    },
  );

  it('describes the API as an OpenAPI 3 document', async () => {
    const reply = await client.get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toMatch(/^3\./);
    expect(Object.keys(reply.body.paths)).toEqual(
      expect.arrayContaining(['/api/sync/push', '/api/sync/pull']),
    );
  });
});

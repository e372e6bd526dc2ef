/**
 * Which encoding a pull page goes out in (sync/page-encoding.ts): what the browser's Accept-Encoding
 * allows, brotli before gzip on a tie, as @fastify/compress chose before pages were compressed where they
 * are built; plain when nothing offered here is acceptable.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePage, encodePageSync, pageEncodingFor } from '../src/sync/page-encoding';

describe('page encoding', () => {
  it.each([
    // What Chromium and Firefox send.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    // Deflate only: the page stays plain here and @fastify/compress deflates it as before.
    ['deflate', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('answers Accept-Encoding %s with %s', (header, expected) => {
    expect(pageEncodingFor(header)).toBe(expected);
  });

  const page = Buffer.from(
    JSON.stringify({ changes: Array.from({ length: 50 }, (_, seq) => ({ seq, text: 'Zoë – “thuis”' })) }),
  );

  it('compresses on the thread pool and on the calling thread to bytes that open to the page', async () => {
    const pooled = await encodePage(page, 'br');
    const here = encodePageSync(page, 'gzip');
    expect(pooled.encoding).toBe('br');
    expect(here.encoding).toBe('gzip');
    expect(Buffer.compare(brotliDecompressSync(pooled.body), page)).toBe(0);
    expect(Buffer.compare(gunzipSync(here.body), page)).toBe(0);
    expect(pooled.body.length).toBeLessThan(page.length / 2);
  });

  it('leaves a page under 1 KiB, and one asked plain, as it is', async () => {
    const small = Buffer.from('{"changes":[],"next":3,"hasMore":false}');
    expect(await encodePage(small, 'br')).toEqual({ body: small, encoding: 'identity' });
    expect(encodePageSync(small, 'gzip')).toEqual({ body: small, encoding: 'identity' });
    expect(encodePageSync(page, 'identity')).toEqual({ body: page, encoding: 'identity' });
  });
});

/**
 * A pull page's bytes compressed where the page is built (a page worker, or the request thread's thread
 * pool), rather than by `@fastify/compress` on the request thread. The plugin compresses a large answer
 * through a stream pipeline set up on the event loop for every answer; with 100 devices doing their first
 * sync at once, that set-up took about 2 of the event loop's 15 busy seconds, besides its garbage (a CPU
 * profile of server.initial-sync on PostgreSQL; the gain is in page-workers.ts and the README). An answer
 * sent with its Content-Encoding set passes the plugin untouched.
 *
 * The same choices as the plugin: brotli before gzip when a browser accepts both equally, brotli at quality
 * 4 (the plugin's default), nothing under 1 KiB (its threshold). An encoding offered here not (deflate
 * only, say) leaves the page plain, for the plugin to do as before.
 */
import negotiate from '@fastify/accept-negotiator';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { MIN_COMPRESSED_BYTES } from '../http/compression';

export type PageEncoding = 'br' | 'gzip' | 'identity';

/** In order of preference when a browser weighs them equally, as @fastify/compress orders them. */
const OFFERED: PageEncoding[] = ['br', 'gzip', 'identity'];
const brotliOptions = (bytes: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 4,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  },
});

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to send a page in, from the request's Accept-Encoding; plain without one. */
export function pageEncodingFor(acceptEncoding: string | undefined): PageEncoding {
  if (acceptEncoding === undefined) return 'identity';
  // `x-gzip` is gzip (RFC 9110, 8.4.1.3), as the plugin reads it.
  return negotiate(acceptEncoding.toLowerCase().replaceAll('x-gzip', 'gzip'), OFFERED) ?? 'identity';
}

/** The encoding `body` is actually sent in: plain when it is too small to be worth it. */
const effective = (body: Buffer, wanted: PageEncoding): PageEncoding =>
  body.length < MIN_COMPRESSED_BYTES ? 'identity' : wanted;

/** `body` encoded on this thread: for a page worker, whose thread does nothing else meanwhile. */
export function encodePageSync(body: Buffer, wanted: PageEncoding): { body: Buffer; encoding: PageEncoding } {
  const encoding = effective(body, wanted);
  if (encoding === 'br') return { body: brotliCompressSync(body, brotliOptions(body.length)), encoding };
  if (encoding === 'gzip') return { body: gzipSync(body), encoding };
  return { body, encoding };
}

/** `body` encoded in libuv's thread pool: for the request thread, whose event loop must stay free. */
export async function encodePage(
  body: Buffer,
  wanted: PageEncoding,
): Promise<{ body: Buffer; encoding: PageEncoding }> {
  const encoding = effective(body, wanted);
  if (encoding === 'br') return { body: await brotliAsync(body, brotliOptions(body.length)), encoding };
  if (encoding === 'gzip') return { body: await gzipAsync(body), encoding };
  return { body, encoding };
}

/** The build's compressed copies (precompress.ts): written where they help, each opening to its file. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { precompress } from './precompress';

describe('precompressing the build', () => {
  let dir: string;
  const script = `export const rows = [${'"patiënt",'.repeat(400)}];`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tijdig-precompress-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'index-AbCdEf12.js'), script);
    await writeFile(join(dir, 'assets', 'index-AbCdEf12.js.map'), `{"mappings":"${'A'.repeat(4000)}"}`);
    await writeFile(join(dir, 'assets', 'small-AbCdEf12.css'), 'body{margin:0}');
    await writeFile(join(dir, 'index.html'), `<!doctype html><title>Tijdig</title>${'<p>x</p>'.repeat(300)}`);
    const plugin = precompress();
    const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
    configResolved({ root: dir, build: { outDir: '.' } } as ResolvedConfig);
    const closeBundle = plugin.closeBundle as { handler: () => Promise<void> };
    await closeBundle.handler();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a brotli and a gzip copy of a script and of the page, each opening to the file', async () => {
    const br = await readFile(join(dir, 'assets', 'index-AbCdEf12.js.br'));
    const gz = await readFile(join(dir, 'assets', 'index-AbCdEf12.js.gz'));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
    expect(br.byteLength).toBeLessThan(Buffer.byteLength(script));
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(['index.html.br', 'index.html.gz']));
  });

  it('leaves source maps and files under 1 KiB alone', async () => {
    const assets = await readdir(join(dir, 'assets'));
    expect(assets.filter((name) => name.startsWith('small-') || name.includes('.map'))).toEqual([
      'index-AbCdEf12.js.map',
      'small-AbCdEf12.css',
    ]);
  });
});

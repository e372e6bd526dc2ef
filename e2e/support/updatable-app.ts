/**
 * A private copy of dist/ for a test's own server, so the test can publish a "new version" by changing
 * the copied sw.js, without rebuilding and without touching the dist/ that the other tests use.
 */
import { appendFile, cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface DistCopy {
  /** The folder the test's server serves. */
  root: string;
  /** Changes the bytes of the copied sw.js, which is what makes the browser install a new service worker. */
  publishNewVersion(): Promise<void>;
  remove(): Promise<void>;
}

export async function copyDist(): Promise<DistCopy> {
  const hasBuild = await stat(join(DIST, 'sw.js')).then(
    (file) => file.isFile(),
    () => false,
  );
  if (!hasBuild) {
    throw new Error('dist/sw.js is missing: run `npm run build` (npm run e2e does) before the e2e tests');
  }
  const root = await mkdtemp(join(tmpdir(), 'tijdig-e2e-'));
  await cp(DIST, root, { recursive: true });
  let version = 0;
  return {
    root,
    async publishNewVersion() {
      version += 1;
      await appendFile(join(root, 'sw.js'), `\n// e2e: new version ${version}\n`);
      // The build's compressed copies of the old sw.js (scripts/precompress.ts) would still be sent to a
      // browser accepting them; a release replaces them, here they go and the server compresses the new one.
      await Promise.all(['sw.js.br', 'sw.js.gz'].map((name) => rm(join(root, name), { force: true })));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

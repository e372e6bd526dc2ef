/**
 * Builds the sync server to plain JavaScript for `npm start` (`npm run build` runs this last): one bundle
 * per entry in `server/dist/`, the npm packages left as imports of `node_modules`, the migrations copied
 * beside them. The tests run the TypeScript sources through tsx; production has no TypeScript loader to
 * carry. Through tsx the server rested at 352-388 MB with PGlite against 238-277 MB built (its loader
 * hooks run in a thread of their own, and each worker thread loaded tsx again): the push benchmark's
 * memory row (<= 512 MB, issue 15) was at its edge.
 *
 * The bundles keep the sources' relative layout where the server looks for files next to its own code:
 * `config.ts` finds the repository two folders up (`server/dist/` as `server/src/`), `migrate.ts` its
 * `migrations/` beside itself, and `pglite.ts` and `page-workers.ts` their worker entries by these file
 * names, which in the sources are small starters that load the TypeScript through tsx.
 */
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SERVER_DIST = join(ROOT, 'server', 'dist');

/** Bundle name (without `.mjs`) -> its source. */
const ENTRIES = {
  main: 'server/src/main.ts',
  'pglite-worker-start': 'server/src/store/pglite-worker.ts',
  'page-worker-start': 'server/src/sync/page-worker.ts',
  'pglite-create': 'server/src/store/pglite-create.mjs',
};

/** Builds the server into `outdir` (replacing what is there). */
export async function buildServer(outdir = SERVER_DIST) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([out, source]) => ({ in: source, out })),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // For a stack trace with the sources' lines: NODE_OPTIONS=--enable-source-maps (not on by default: it
    // makes every logged error's stack slower to write).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await cp(join(ROOT, 'server/src/store/migrations'), join(outdir, 'migrations'), { recursive: true });
}

// `node scripts/build-server.mjs [outdir]`: the test of the built server builds into a folder of its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const outdir = process.argv[2] ?? SERVER_DIST;
  await buildServer(outdir);
  console.log(`server built to ${outdir} in ${Math.round(performance.now() - started)} ms`);
}

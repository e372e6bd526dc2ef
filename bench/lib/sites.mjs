/**
 * The three sites a bench run builds and serves: the app (repo root, dist/), the bare peer (bench/peer)
 * and the query page that bundles the app's real src/db (bench/query -> bench/dist/query).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runVite, startPreview } from './processes.mjs';

/** @typedef {{ label: string, configFile?: string, dist: string }} Site */

/** @type {Record<'app' | 'peer' | 'query', Site>} */
export const SITES = {
  app: { label: 'app', dist: join(REPO_ROOT, 'dist') },
  peer: { label: 'peer', configFile: 'bench/peer/vite.config.mjs', dist: join(REPO_ROOT, 'bench/peer/dist') },
  query: {
    label: 'query page',
    configFile: 'bench/query/vite.config.mjs',
    dist: join(REPO_ROOT, 'bench/dist/query'),
  },
};

/** @param {Site} site */
export async function buildSite(site) {
  const args = ['build', '--logLevel', 'warn'];
  if (site.configFile) args.push('--config', site.configFile);
  const started = Date.now();
  await runVite(args, { label: `build ${site.label}`, timeoutMs: 240_000 });
  return (Date.now() - started) / 1000;
}

/** @param {Site} site */
export function isBuilt(site) {
  return existsSync(join(site.dist, 'index.html'));
}

/** @param {Site} site */
export function serveSite(site) {
  return startPreview({ label: site.label, configFile: site.configFile });
}

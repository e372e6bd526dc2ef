/**
 * The three sites a bench run builds and serves: the app (repo root, dist/), the bare peer (bench/peer)
 * and the query page that bundles the app's real src/db (bench/query -> bench/dist/query). The app needs
 * its server (it shows the login page without a session), so the real Tijdig server serves it; the peer
 * and the query page have no API and keep `vite preview`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runVite, startPreview } from './processes.mjs';
import { startTijdigServer } from './tijdig-server.mjs';

/**
 * `server: 'tijdig'`: served by the Tijdig server (see lib/tijdig-server.mjs), otherwise by vite preview.
 * @typedef {{ label: string, configFile?: string, dist: string, server?: 'tijdig' }} Site
 * @typedef {{ url: string, stop: () => void | Promise<void>, tijdig: import('./tijdig-server.mjs').TijdigServer | null }} Served
 */

/** @type {Record<'app' | 'peer' | 'query', Site>} */
export const SITES = {
  app: { label: 'app', dist: join(REPO_ROOT, 'dist'), server: 'tijdig' },
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

/**
 * @param {Site} site
 * @returns {Promise<Served>}
 */
export async function serveSite(site) {
  if (site.server === 'tijdig') {
    const tijdig = await startAppServer(`${site.label} server`);
    return { url: tijdig.url, stop: tijdig.stop, tijdig };
  }
  const preview = await startPreview({ label: site.label, configFile: site.configFile });
  return { ...preview, tijdig: null };
}

/**
 * A Tijdig server of its own serving the built app (fresh PGlite, a practice, a huisarts to sign in as),
 * for a benchmark whose data must not meet any other benchmark's.
 * @param {string} label
 */
export function startAppServer(label) {
  return startTijdigServer({ label, staticDir: SITES.app.dist, browserRole: 'huisarts' });
}

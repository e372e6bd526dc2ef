/**
 * load.warm-offline: a returning visit with the network gone. The service worker must already control the
 * page, so each run primes a fresh context online (unthrottled: priming is not measured): signed in
 * against the Tijdig server, the app picks up the session, claims the device and remembers the session
 * on it; then the run cuts the network and reloads at 4x CPU. The register heading must appear (a signed
 * in user opens the app offline without the server); its LCP is compared with the app's own cold LCP
 * from the same run.
 */
import { CPU_SLOWDOWN, goOffline, openPage, settledVitals } from './lib/browser.mjs';
import { median } from './lib/stats.mjs';
import { signIn } from './lib/tijdig-server.mjs';
import { REGISTER_HEADING } from './load-cold.mjs';

const COLD_RATIO = 0.25;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/tijdig-server.mjs').TijdigServer} server
 */
async function warmOfflineVisit(browser, server) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  const heading = page.getByRole('heading', { level: 1, name: REGISTER_HEADING });
  try {
    await signIn(context, server);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    // The register shows only once the app has taken over the server session and claimed the device.
    await heading.waitFor({ state: 'visible' });
    const isReady = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 20_000)),
      ]),
    );
    if (!isReady) throw new Error('no service worker became active within 20 s');
    // A first install does not claim the page that registered it: the next navigation is controlled.
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await heading.waitFor({ state: 'visible' });
    const precached = await page.evaluate(countCachedEntries);
    if (precached === 0) {
      throw new Error(
        'the service worker controls the page but cached nothing (did its script throw? see size.initial-js notes)',
      );
    }

    await goOffline(context, cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.reload({ waitUntil: 'load' });
    await heading.waitFor({ state: 'visible' });
    const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!isControlled) throw new Error('offline reload was not served by the service worker');
    return (await settledVitals(page)).lcp;
  } finally {
    await context.close();
  }
}

/** In the page: how many responses the origin's caches hold. Workbox's precache is one of them. */
async function countCachedEntries() {
  let total = 0;
  for (const name of await caches.keys()) total += (await (await caches.open(name)).keys()).length;
  return total;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('./lib/tijdig-server.mjs').TijdigServer, runs: number, coldLcp: number }} options
 *   coldLcp: the app's median from load.cold
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureWarmOffline(browser, { app, runs, coldLcp }) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await warmOfflineVisit(browser, app));
  const lcp = median(samples);
  const ratio = lcp / coldLcp;
  return [
    {
      benchmark: 'load.warm-offline',
      metric: 'LCP',
      unit: 'ms',
      value: lcp,
      peer: Number.isFinite(coldLcp) ? coldLcp : null,
      peerName: "the app's own cold LCP (load.cold, same run)",
      ratio: Number.isFinite(ratio) ? ratio : null,
      ratioOf: 'of own cold',
      n: runs,
      target: `register visible; <= ${COLD_RATIO}x own cold LCP`,
      met: Number.isFinite(ratio) ? ratio <= COLD_RATIO : null,
      note: "peer column is the app's own cold LCP; signed in while online, then the register heading was visible offline in every run (no server)",
      samples: { app: samples },
    },
  ];
}

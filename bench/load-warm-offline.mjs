/**
 * load.warm-offline: a returning visit with the network gone. The service worker must already control the
 * page, so each run primes a fresh context online (unthrottled: priming is not measured), then cuts the
 * network and reloads at 4x CPU. The register heading must appear; its LCP is compared with the app's own
 * cold LCP from the same run.
 */
import { CPU_SLOWDOWN, goOffline, openPage, settledVitals } from './lib/browser.mjs';
import { median } from './lib/stats.mjs';
import { REGISTER_HEADING } from './load-cold.mjs';

const COLD_RATIO = 0.25;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl
 */
async function warmOfflineVisit(browser, appUrl) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  try {
    await page.goto(`${appUrl}/`, { waitUntil: 'load' });
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
    const precached = await page.evaluate(countCachedEntries);
    if (precached === 0) {
      throw new Error(
        'the service worker controls the page but cached nothing (did its script throw? see size.initial-js notes)',
      );
    }

    await goOffline(context, cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: REGISTER_HEADING }).waitFor({ state: 'visible' });
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
 * @param {{ appUrl: string, runs: number, coldLcp: number }} options coldLcp: the app's median from load.cold
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureWarmOffline(browser, { appUrl, runs, coldLcp }) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await warmOfflineVisit(browser, appUrl));
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
      note: "peer column is the app's own cold LCP; register heading was visible offline in every run",
      samples: { app: samples },
    },
  ];
}

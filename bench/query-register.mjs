/**
 * query.register: the palliative register (300 marked of 10,000) through the app's real repository
 * function, against a full scan with .filter() over listPatients, both in the bench/query page at 4x CPU.
 * The index is only worth having if the scan is at least ten times slower.
 */
import { CPU_SLOWDOWN, openPage } from './lib/browser.mjs';
import { interleave, median } from './lib/stats.mjs';

const PATIENTS = 10_000;
const QUERY_TARGET_MS = 50;
const MIN_SCAN_RATIO = 10;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ queryUrl: string, runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureRegisterQuery(browser, { queryUrl, runs }) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  try {
    await page.goto(`${queryUrl}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.seed === 'function');
    const seeded = await page.evaluate((count) => window.seed(count), PATIENTS);
    if (seeded.stored !== PATIENTS) throw new Error(`seeded ${seeded.stored} rows, expected ${PATIENTS}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    /** @param {'runQuery' | 'runScan'} name */
    const timed = async (name) => {
      const result = await page.evaluate((fn) => window[fn](), name);
      if (result.count !== seeded.expectedRegister) {
        throw new Error(`${name} found ${result.count} patients, expected ${seeded.expectedRegister}`);
      }
      return result.ms;
    };
    // One untimed round: opening the database and first-call compilation are not the query's cost.
    await timed('runQuery');
    await timed('runScan');
    const { a: query, b: scan } = await interleave(
      runs,
      () => timed('runQuery'),
      () => timed('runScan'),
    );

    const queryMs = median(query);
    const scanMs = median(scan);
    const ratio = scanMs / queryMs;
    return [
      {
        benchmark: 'query.register',
        metric: `register (${seeded.expectedRegister} of ${PATIENTS})`,
        unit: 'ms',
        value: queryMs,
        peer: scanMs,
        peerName: 'listPatients + .filter() full scan, same page',
        ratio,
        ratioOf: 'scan/query',
        n: runs,
        target: `<= ${QUERY_TARGET_MS} ms at 4x; scan >= ${MIN_SCAN_RATIO}x slower`,
        met: queryMs <= QUERY_TARGET_MS && ratio >= MIN_SCAN_RATIO,
        note: 'real src/db code bundled by bench/query; 300 rows carry a marking, 60 of them deceased; peer column is the full scan',
        samples: { app: query, peer: scan },
      },
    ];
  } finally {
    await context.close();
  }
}

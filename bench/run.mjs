/**
 * `npm run bench`: builds the app, the bare peer and the query page, serves the app with the real Tijdig
 * server (browser contexts sign in to it) and the other two with `vite preview`, runs every benchmark
 * against app and peer in the same run, prints a table and writes bench/results/latest.json. The server
 * benchmarks start the sync server themselves and need only its build (scripts/build-server.mjs).
 *
 * Options: --no-build (reuse dist folders), --runs=N (samples per side, default 5),
 *          --only=size.initial-js,load.cold,... (a subset, by benchmark name).
 * Arguments: name prefixes, e.g. `node bench/run.mjs server` runs server.push, server.pull and
 *   server.initial-sync only.
 * Exit code: 0 when every benchmark ran (targets missed or not), 1 when one failed to run, 2 on timeout.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../scripts/build-server.mjs';
import { measureAgendaBuild } from './agenda-build.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { stopAll } from './lib/processes.mjs';
import { failedRow, formatTable, writeJson } from './lib/report.mjs';
import { SITES, buildSite, isBuilt, serveSite } from './lib/sites.mjs';
import { measureColdLoad } from './load-cold.mjs';
import { measureWarmLoads } from './load-warm.mjs';
import { measurePatientList } from './list-patients.mjs';
import { measureMarkPalliative } from './mark-palliative.mjs';
import { measureRegisterQuery } from './query-register.mjs';
import { measureInitialSync } from './server-initial-sync.mjs';
import { measurePull } from './server-pull.mjs';
import { measurePush } from './server-push.mjs';
import { measureSize } from './size.mjs';
import { measureSyncPull } from './sync-pull.mjs';

const RESULTS_FILE = fileURLToPath(new URL('results/latest.json', import.meta.url));
/**
 * Hard ceiling for the whole run, builds included: a hung browser must not hang CI. Benchmarks that run
 * for minutes by design (the server load tests) add their own allowance.
 */
const RUN_TIMEOUT_MS = 10 * 60_000;
const MIN_RUNS = 5;

/**
 * Every benchmark: what it needs served, its target (for the failure row) and how to run it. `browser:
 * false` marks one that drives no browser; `extraMs` is time it adds to the run's ceiling. `app` is the
 * Tijdig server that serves the built app to every benchmark needing 'app' (one without data of its own
 * on the server; a benchmark that stores data there starts its own, see lib/sites.mjs startAppServer).
 * @typedef {{ browser: import('playwright-core').Browser | null, urls: Record<string, string>, app: import('./lib/tijdig-server.mjs').TijdigServer, runs: number, rows: import('./lib/report.mjs').Row[] }} Ctx
 * @type {{ name: string, needs: ('app' | 'peer' | 'query')[], browser?: false, extraMs?: number, target: string, run: (ctx: Ctx) => Promise<import('./lib/report.mjs').Row[]> | import('./lib/report.mjs').Row[] }[]}
 */
const BENCHMARKS = [
  {
    name: 'size.initial-js',
    needs: ['app', 'peer'],
    target: '<= 170 KiB gzip; precache <= 400 KiB; <= 2.6x peer',
    run: ({ urls }) => measureSize({ appDist: SITES.app.dist, peerDist: SITES.peer.dist, appUrl: urls.app }),
  },
  {
    name: 'load.cold',
    needs: ['app', 'peer'],
    target: 'LCP <= 2.5 s, CLS <= 0.05, <= 1.5x peer',
    run: ({ browser, app, urls, runs }) => measureColdLoad(browser, { app, peerUrl: urls.peer, runs }),
  },
  {
    // load.warm-online and load.warm-offline, from one priming per run.
    name: 'load.warm',
    needs: ['app'],
    target: 'online: register LCP <= 2.5 s; offline: first screen <= 0.25x own cold LCP',
    run: ({ browser, app, runs, rows }) => {
      const cold = rows.find((row) => row.benchmark === 'load.cold' && row.metric === 'LCP');
      return measureWarmLoads(browser, { app, runs, coldLcp: cold?.value ?? Number.NaN });
    },
  },
  {
    name: 'list.patients-10k',
    needs: ['app'],
    target: '<= 500 ms at 4x, no long task > 100 ms; <= 3x raw getAll',
    run: ({ browser, app, runs }) => measurePatientList(browser, { app, runs }),
  },
  {
    name: 'flow.mark-palliative',
    needs: ['app'],
    target: 'p95 <= 100 ms, INP <= 200 ms at 4x; <= 10x raw update',
    // Its own server (the marks it syncs must not reach the other benchmarks' register), and it lets the
    // sync settle before every mark.
    extraMs: 2 * 60_000,
    run: ({ browser }) => measureMarkPalliative(browser),
  },
  {
    name: 'query.register',
    needs: ['query'],
    target: '<= 50 ms at 4x; scan >= 10x slower',
    run: ({ browser, urls, runs }) => measureRegisterQuery(browser, { queryUrl: urls.query, runs }),
  },
  {
    name: 'fn.agenda-build',
    needs: [],
    browser: false,
    target: '<= 50 ms in Node; <= 5x structuredClone',
    run: ({ runs }) => measureAgendaBuild({ runs }),
  },
  {
    name: 'sync.pull-1k',
    needs: ['app'],
    target: '<= 1.5 s at 4x, no task > 50 ms; <= 3x fetch + raw bulkPut',
    // Its own server: its 1,000 palliative patients must not reach the other benchmarks' register.
    extraMs: 2 * 60_000,
    run: ({ browser, runs }) => measureSyncPull(browser, { runs }),
  },
  {
    name: 'server.push',
    needs: [],
    browser: false,
    // Per run and database 20 s of pushes and 5 s of no-op, plus PostgreSQL, start-up and warm-up.
    extraMs: 8 * 60_000,
    target: 'PostgreSQL >= 1,000 pushes/s, p99 <= 100 ms; PGlite >= 300/s, p99 <= 500 ms; 0 errors',
    run: ({ runs }) => measurePush({ runs }),
  },
  {
    name: 'server.pull',
    needs: [],
    browser: false,
    // Per run 10 s at head and 10 s at the first page on each database, plus PostgreSQL, two servers,
    // seeding and warm-up.
    extraMs: 6 * 60_000,
    target: 'p99 <= 50 ms on PostgreSQL at head, 0 errors; PGlite <= 3x PostgreSQL',
    run: ({ runs }) => measurePull({ runs }),
  },
  {
    name: 'server.initial-sync',
    needs: [],
    browser: false,
    // Seeding 3,000 records and 100 sign-ins per database, one device alone, then 100 at once; twice.
    extraMs: 8 * 60_000,
    target: 'health p99 <= 50 ms throughout; every sync finishes',
    run: () => measureInitialSync(),
  },
];

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: String(MIN_RUNS) },
      only: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (runs < MIN_RUNS) console.warn(`bench: --runs=${runs} is below ${MIN_RUNS}; medians will be noisy`);
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name)) ?? [];
  const unmatched = positionals.filter((prefix) => !BENCHMARKS.some(({ name }) => name.startsWith(prefix)));
  if (unknown.length + unmatched.length > 0)
    throw new Error(`unknown benchmark(s): ${[...unknown, ...unmatched].join(', ')}`);
  return { build: !values['no-build'], runs, only, prefixes: positionals };
}

/** @param {{ only?: string[], prefixes: string[] }} options */
function chooseBenchmarks({ only, prefixes }) {
  return BENCHMARKS.filter(
    ({ name }) =>
      (!only || only.includes(name)) &&
      (prefixes.length === 0 || prefixes.some((prefix) => name.startsWith(prefix))),
  );
}

/**
 * Builds (unless told not to) and serves the sites the chosen benchmarks need. A site that fails to build
 * is reported, not fatal: the benchmarks that do not need it still run.
 * @param {Set<'app' | 'peer' | 'query'>} needed
 * @param {boolean} build
 */
async function prepareSites(needed, build) {
  /** @type {Record<string, string>} */ const urls = {};
  /** @type {Record<string, string>} */ const problems = {};
  /** @type {Record<string, import('./lib/sites.mjs').Served>} */ const served = {};
  // One at a time: on two cores parallel builds only slow each other down.
  for (const key of needed) {
    const site = SITES[key];
    try {
      if (build) console.log(`bench: built ${site.label} in ${(await buildSite(site)).toFixed(1)} s`);
      if (!isBuilt(site)) throw new Error(`${site.dist}/index.html is missing (run without --no-build)`);
      served[key] = await serveSite(site);
      urls[key] = served[key].url;
    } catch (error) {
      problems[key] = error instanceof Error ? error.message : String(error);
      console.error(`bench: ${site.label} unavailable: ${problems[key]}`);
    }
  }
  return { urls, problems, served };
}

async function main() {
  const options = readOptions();
  const chosen = chooseBenchmarks(options);
  armWatchdog(chosen.reduce((sum, benchmark) => sum + (benchmark.extraMs ?? 0), RUN_TIMEOUT_MS));
  const startedAt = new Date();
  // Other work on the box skews every figure: the load when the run started goes into the JSON.
  const loadAverage = loadavg();
  // Every server the benchmarks start is the built one, as `npm start` runs it (a tenth of a second).
  if (options.build) await buildServer();
  const { urls, problems, served } = await prepareSites(
    new Set(chosen.flatMap((benchmark) => benchmark.needs)),
    options.build,
  );

  const browser = chosen.some((benchmark) => benchmark.browser !== false) ? await launchBrowser() : null;
  const chromium = browser?.version() ?? null;
  /** @type {import('./lib/report.mjs').Row[]} */ const rows = [];
  // Counted where a benchmark fails: a row may also have no verdict because it has no target (met: null).
  let failures = 0;
  try {
    for (const benchmark of chosen) {
      const missing = benchmark.needs.filter((key) => !urls[key]);
      const started = Date.now();
      try {
        if (missing.length > 0)
          throw new Error(`${missing.map((key) => SITES[key].label).join(' and ')} not available`);
        const app = /** @type {import('./lib/tijdig-server.mjs').TijdigServer} */ (served.app?.tijdig);
        rows.push(...(await benchmark.run({ browser, urls, app, runs: options.runs, rows })));
        console.log(`bench: ${benchmark.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.error(`bench: ${benchmark.name} failed: ${error instanceof Error ? error.stack : error}`);
        failures += 1;
        rows.push(failedRow(benchmark.name, benchmark.target, error));
      }
    }
  } finally {
    await browser?.close();
    for (const site of Object.values(served)) await site.stop();
  }

  console.log(`\n${formatTable(rows)}\n`);
  writeJson(RESULTS_FILE, {
    startedAt: startedAt.toISOString(),
    durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
    machine: { cpus: cpus().length, node: process.version, chromium, loadAverage },
    options,
    buildProblems: problems,
    rows,
  });
  console.log(`bench: wrote ${RESULTS_FILE}`);
  return failures > 0 ? 1 : 0;
}

/** @type {NodeJS.Timeout | undefined} */ let watchdog;
/** @param {number} ms */
function armWatchdog(ms) {
  watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${ms / 60_000} minutes`);
    stopAll();
    process.exit(2);
  }, ms);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => {
    clearTimeout(watchdog);
    stopAll();
  });

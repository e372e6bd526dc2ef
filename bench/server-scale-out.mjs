/**
 * Scale-out on one PostgreSQL (issue 15 item 4), run on its own: `node bench/server-scale-out.mjs`.
 * Pushes (10 new patients each, a new device every time) with autocannon, 50 connections in all, spread
 * over 50 practices, against one server process, then against two processes on the same database with
 * the connections split between them (as a load balancer would spread them). Sessions are written
 * straight into the shared database, so every process accepts every practice's cookie: that is the
 * point being measured. Prints pushes/s and p99 per setting (medians of interleaved runs).
 * Not part of `npm run bench`: on a machine with fewer cores than processes it measures the machine.
 */
import { cpus, loadavg } from 'node:os';
import { load } from './lib/load.mjs';
import { seedPractices } from './lib/practices.mjs';
import { createDatabase, startPostgres } from './lib/postgres.mjs';
import { freePort, REPO_ROOT, sleep, spawnTracked, stopAndWait } from './lib/processes.mjs';
import { interleave, median } from './lib/stats.mjs';
import { requireBuiltServer, schemaVersion, SERVER_ENTRY } from './lib/tijdig-server.mjs';
import { newDevicePush } from './server-push.mjs';

const PRACTICES = 50;
const CONNECTIONS = 50;
const SECONDS = 10;
const RUNS = Number(process.env.RUNS ?? 3);

/** Starts the built server on `databaseUrl` at `port`, accepting requests addressed to any of `origins`. */
async function startProcess(databaseUrl, port, origins) {
  requireBuiltServer();
  const { child, output } = spawnTracked(process.execPath, [SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      TIJDIG_STATIC_DIR: '/nonexistent',
      TIJDIG_PUBLIC_ORIGIN: origins.join(','),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; await sleep(200)) {
    const isUp = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) break;
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`server did not start:\n${output()}`);
  }
  return { url, stop: () => stopAndWait(child) };
}

/** Pushes from `connections` connections to `url`, each request as a random practice. */
function pushLoad(url, cookies, version, connections) {
  return load({
    url,
    path: '/api/sync/push',
    method: 'POST',
    headers: { 'x-tijdig-request': '1', origin: url, 'content-type': 'application/json' },
    connections,
    seconds: SECONDS,
    setupRequest: (request) => ({
      ...request,
      headers: { ...request.headers, cookie: cookies[Math.floor(Math.random() * cookies.length)] },
      body: newDevicePush(version),
    }),
  });
}

const postgres = await startPostgres();
const database = await createDatabase(postgres.adminUrl);
const ports = [await freePort(), await freePort()];
const origins = ports.map((port) => `http://127.0.0.1:${port}`);
const processes = [];
try {
  const version = await schemaVersion();
  // Both at once, as a process manager starts them: the migrations run once (advisory lock).
  processes.push(...(await Promise.all(ports.map((port) => startProcess(database.url, port, origins)))));
  const cookies = await seedPractices(database.url, PRACTICES);
  const [first, second] = processes;
  const one = () => pushLoad(first.url, cookies, version, CONNECTIONS);
  const two = async () => {
    const halves = await Promise.all(
      [first, second].map((p) => pushLoad(p.url, cookies, version, CONNECTIONS / 2)),
    );
    return {
      rps: halves.reduce((sum, r) => sum + r.rps, 0),
      p99: Math.max(...halves.map((r) => r.p99)),
      errors: halves.reduce((sum, r) => sum + r.errors, 0),
    };
  };
  await one();
  const { a: ones, b: twos } = await interleave(RUNS, one, two);
  const row = (label, results) =>
    `${label}: ${Math.round(median(results.map((r) => r.rps)))} pushes/s, p99 ${median(results.map((r) => r.p99))} ms, ${results.reduce((sum, r) => sum + r.errors, 0)} errors`;
  console.log(
    `${postgres.description}; ${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `c${CONNECTIONS}, ${SECONDS} s, ${PRACTICES} practices, 10 mutations per push, median of ${RUNS}`,
  );
  console.log(row('1 process ', ones));
  console.log(row('2 processes', twos));
} finally {
  for (const p of processes) await p.stop();
  await database.drop();
  await postgres.stop();
}

/**
 * server.push: sustained POST /api/sync/push against the sync server (PGlite, in a child process) with
 * autocannon, 50 connections for 20 s per run. Every request is a new device (fresh clientId, counters
 * 1..10) creating 10 new patients of ~1.5 KB each, each with a BSN of its own, so every mutation is really applied, never replayed or
 * refused; a response whose 10 results are not all `applied` counts as an error. The peer is the same
 * server's GET /api/health (no database) under the same load: the ratio is the share of the no-op rate
 * that pushes reach.
 */
import { randomUUID } from 'node:crypto';
import { load } from './lib/load.mjs';
import { interleave, median } from './lib/stats.mjs';
import { schemaVersion, startTijdigServer } from './lib/tijdig-server.mjs';

const CONNECTIONS = 50;
const PUSH_SECONDS = 20;
/** The no-op only sets the ceiling; a shorter run measures it as well. */
const NOOP_SECONDS = 5;
const MUTATIONS_PER_PUSH = 10;
const RPS_TARGET = 1000;
const P99_TARGET_MS = 100;
const AT = '2026-11-23T09:00:00.000Z';

/** Fills a text field to `length` characters: long but valid values make a ~1.5 KB mutation. */
const text = (start, length) => start.padEnd(length, ' abcdefghij').slice(0, length).trimEnd();

/** The fields of one new patient but its BSN (see nextBsn), every text near its schema's maximum. */
const PATIENT = {
  givenName: text('Johanna Wilhelmina Maria', 80),
  namePrefix: 'van der',
  familyName: text('Berg-Oosterhuis', 120),
  birthDate: '1941-05-02',
  sex: 'female',
  treatingGp: text('dr. P. de Vries', 120),
  diagnosisText: text('COPD GOLD IV, hartfalen NYHA III', 200),
  icpcCode: 'R95',
  contactName: text('Kees van der Berg', 120),
  contactRelation: text('zoon', 60),
  contactPhone: '06 12345678',
  homeCareOrganisation: text('Thuiszorg West', 120),
  status: 'active',
  statusSince: null,
  deathDate: null,
  placeOfDeath: null,
  palliativeSince: '2026-10-01',
  registerColour: 'orange',
  dyingPhaseSince: null,
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
};

let bsnSeed = 0;

/**
 * A BSN no earlier push of this process used, so no patient is refused as a duplicate: eight digits from
 * a counter and the check digit that makes the elfproef hold (a counter needing check digit 10 is skipped).
 */
function nextBsn() {
  for (;;) {
    bsnSeed += 1;
    const first = String(30_000_000 + bsnSeed);
    const sum = Array.from(first, Number).reduce((total, digit, index) => total + digit * (9 - index), 0);
    if (sum % 11 < 10) return `${first}${sum % 11}`;
  }
}

/** A push of a device nobody has seen: its own client id, counters 1..10, ten new patients, each with a BSN of its own. */
export function newDevicePush(version, count = MUTATIONS_PER_PUSH) {
  return JSON.stringify({
    clientId: randomUUID(),
    schemaVersion: version,
    mutations: Array.from({ length: count }, (_, index) => ({
      mutationId: randomUUID(),
      counter: index + 1,
      entity: 'patient',
      recordId: randomUUID(),
      op: 'put',
      baseRev: null,
      changed: { ...PATIENT, bsn: nextBsn() },
      createdAt: AT,
    })),
  });
}

/** @param {string} body */
function allApplied(body) {
  try {
    /** @type {{ results?: { status: string }[] }} */
    const parsed = JSON.parse(body);
    return (
      parsed.results?.length === MUTATIONS_PER_PUSH && parsed.results.every((r) => r.status === 'applied')
    );
  } catch {
    return false;
  }
}

/**
 * @param {{ runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measurePush({ runs }) {
  const version = await schemaVersion();
  const sample = newDevicePush(version);
  const server = await startTijdigServer({ label: 'server.push' });
  try {
    const push = (seconds = PUSH_SECONDS) =>
      load({
        url: server.url,
        path: '/api/sync/push',
        method: 'POST',
        headers: server.headers,
        connections: CONNECTIONS,
        seconds,
        setupRequest: (request) => ({ ...request, body: newDevicePush(version) }),
        verifyBody: allApplied,
      });
    const noop = () =>
      load({ url: server.url, path: '/api/health', connections: CONNECTIONS, seconds: NOOP_SECONDS });
    // Warm-up, not counted: JIT, connection setup and PGlite's first pages.
    await push(3);
    const { a: pushes, b: noops } = await interleave(runs, () => push(), noop);

    const rps = median(pushes.map((r) => r.rps));
    const p99 = median(pushes.map((r) => r.p99));
    const errors = pushes.reduce((sum, r) => sum + r.errors, 0);
    const noopRps = median(noops.map((r) => r.rps));
    const noopP99 = median(noops.map((r) => r.p99));
    const share = rps / noopRps;
    const bytesPerMutation = Math.round(Buffer.byteLength(sample) / MUTATIONS_PER_PUSH);
    const details = { connections: CONNECTIONS, seconds: PUSH_SECONDS, bytesPerMutation, pushes, noops };
    const peerName = 'GET /api/health, same server and load';
    const note = `-c ${CONNECTIONS} -d ${PUSH_SECONDS}, ${MUTATIONS_PER_PUSH} new patients of ~${bytesPerMutation} B per push on PGlite; ${errors} errors in ${pushes.reduce((s, r) => s + r.requests, 0)} pushes`;
    return [
      {
        benchmark: 'server.push',
        metric: 'pushes/s',
        unit: 'rps',
        value: rps,
        peer: noopRps,
        peerName,
        ratio: share,
        ratioOf: 'of no-op',
        n: runs,
        target: `>= ${RPS_TARGET} pushes/s, 0 errors`,
        met: rps >= RPS_TARGET && errors === 0,
        note,
        samples: { app: pushes.map((r) => r.rps), peer: noops.map((r) => r.rps) },
        details,
      },
      {
        benchmark: 'server.push',
        metric: 'p99',
        unit: 'ms',
        value: p99,
        peer: noopP99,
        peerName,
        ratio: p99 / noopP99,
        n: runs,
        target: `<= ${P99_TARGET_MS} ms`,
        met: p99 <= P99_TARGET_MS,
        samples: { app: pushes.map((r) => r.p99), peer: noops.map((r) => r.p99) },
      },
    ];
  } finally {
    await server.stop();
  }
}

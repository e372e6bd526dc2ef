/**
 * What checking pulled records costs: readPulledRecord (src/domain/pulled-record.ts, loaded through tsx) over
 * the 3,000 records of a practice's first sync (1,000 patients, care plans and surprise-question results,
 * lib/care-plans.mjs, as the server sends them: with their id and the server's stamps). A micro-measurement
 * in Node at full CPU speed, not a row of `npm run bench` and never a test: the browser bench runs at 4x CPU,
 * so multiply by about 4 for a slow phone. Peer in the same run: JSON.parse of the same records as text, which
 * the app already pays for every pull page. Also the slowest chunk of CHUNK records, about what the device
 * checks per task (src/db/pulled-pages.ts, in 10 ms time slices), which must stay far under 50 ms at 4x.
 *
 *   node bench/pull-parse.mjs [--runs=15] [--jit]
 */
import { tsImport } from 'tsx/esm/api';
import { z } from 'zod';
import { makePalliativeRecords } from './lib/care-plans.mjs';
import { makePatients } from './lib/patients.mjs';
import { interleave, median } from './lib/stats.mjs';

const PATIENTS = 1000;
/**
 * Records per measured chunk: about what one of the device's 10 ms time slices checks at full speed
 * (src/db/pulled-pages.ts checks records until its slice is spent, src/lib/time-slice.ts).
 */
const CHUNK = 10;
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 15);
const isJit = process.argv.includes('--jit');

// The app's Content-Security-Policy (script-src 'self') forbids `new Function`, so in the browser zod parses
// without its compiled fast path; Node allows it. Measure as the browser runs unless --jit is given. Set
// before the schemas are built: zod decides per schema when it is made.
if (!isJit) z.config({ jitless: true });

/** @type {{ readPulledRecord: (change: unknown, version: number) => { isValid: boolean } }} */
const domain = await tsImport('../src/domain/pulled-record.ts', import.meta.url);
/** @type {{ SCHEMA_VERSION: number }} */
const constants = await tsImport('../src/domain/sync-constants.ts', import.meta.url);

const SERVER_AUTHOR = {
  userId: '0190f0e2-7c4a-7000-8000-00000000a001',
  name: 'dr. Bram Bench',
  role: 'huisarts',
};

/** The records as a pull page holds them: framed, with their id, the server's author and moments. */
async function pulledChanges() {
  const records = await makePalliativeRecords(makePatients(PATIENTS, { markedShare: 1 }));
  return records.map((record, index) => {
    /** @type {Record<string, unknown>} */
    const data = { ...record.data, id: record.id };
    if ('author' in data) data.author = SERVER_AUTHOR;
    if (record.entity === 'carePlan' || record.entity === 'checklistResult') data.deviceRecordedAt = null;
    return { entity: record.entity, recordId: record.id, rev: 1, seq: index + 1, isDeleted: false, data };
  });
}

const changes = await pulledChanges();
const texts = changes.map((change) => JSON.stringify(change));
const invalid = changes.filter(
  (change) => !domain.readPulledRecord(change, constants.SCHEMA_VERSION).isValid,
);
if (invalid.length > 0) {
  const sample = domain.readPulledRecord(invalid[0], constants.SCHEMA_VERSION);
  throw new Error(`${invalid.length} sample records fail their schema: ${JSON.stringify(sample)}`);
}

/** Checks every record; returns the total and the slowest chunk, in ms. */
function checkAll() {
  let slowest = 0;
  const start = performance.now();
  for (let at = 0; at < changes.length; at += CHUNK) {
    const chunkStart = performance.now();
    for (const change of changes.slice(at, at + CHUNK))
      domain.readPulledRecord(change, constants.SCHEMA_VERSION);
    slowest = Math.max(slowest, performance.now() - chunkStart);
  }
  return { total: performance.now() - start, slowest };
}

function parseAll() {
  const start = performance.now();
  for (const text of texts) JSON.parse(text);
  return performance.now() - start;
}

// Warm both up (JIT), as a device's second page would be.
checkAll();
parseAll();
const { a, b } = await interleave(
  runs,
  async () => checkAll(),
  async () => parseAll(),
);
const check = median(a.map((sample) => sample.total));
const peer = median(b);
const bytes = texts.reduce((sum, text) => sum + text.length, 0);
console.log(
  [
    `records: ${changes.length} (${(bytes / 1024 / 1024).toFixed(1)} MB of JSON), runs: ${runs}, zod ${isJit ? 'with' : 'without'} JIT`,
    `readPulledRecord, all: ${check.toFixed(1)} ms median (${((check / changes.length) * 1000).toFixed(1)} µs a record)`,
    `slowest chunk of ${CHUNK}: ${median(a.map((sample) => sample.slowest)).toFixed(2)} ms median`,
    `peer JSON.parse of the same records: ${peer.toFixed(1)} ms median; ratio ${(check / peer).toFixed(2)}x`,
  ].join('\n'),
);

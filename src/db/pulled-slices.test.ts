import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, type PullResponse, type SyncChange } from '../domain';
import { freshDatabasePerTest } from '../test/database';
import { patientRow } from '../test/factories';
import { nextPutRows, preparePulledChanges, storePulledChanges } from './pulled-pages';

let yields = 0;

// yieldToMain uses scheduler.yield where it exists: this one counts the yields.
beforeEach(() => {
  yields = 0;
  vi.stubGlobal('scheduler', {
    yield: () => {
      yields += 1;
      return Promise.resolve();
    },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const testDatabase = freshDatabasePerTest();

/** A page of `count` valid patients as the server sends them. */
function pageOf(count: number): PullResponse {
  const changes = Array.from({ length: count }, (_, index): SyncChange => {
    const patient = patientRow();
    return {
      entity: 'patient',
      recordId: patient.id,
      rev: 1,
      seq: index + 1,
      isDeleted: false,
      data: patient,
    };
  });
  return { changes, next: count, hasMore: false, isSnapshot: false, schemaVersion: SCHEMA_VERSION };
}

describe('preparing a pulled page in time slices', () => {
  it('yields before each record when every record takes longer than a slice (a slow phone)', async () => {
    const database = testDatabase.db();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));

    const prepared = await preparePulledChanges(database, pageOf(12), new Map());

    expect(prepared.rows).toHaveLength(12);
    // Checking and sealing each yield per record; a count of ten records per task yielded once.
    expect(yields).toBeGreaterThanOrEqual(12);
  });

  it('does not yield while the slice lasts, however many records (a fast device)', async () => {
    const database = testDatabase.db();
    vi.spyOn(performance, 'now').mockReturnValue(0);

    const prepared = await preparePulledChanges(database, pageOf(30), new Map());

    expect(prepared.rows).toHaveLength(30);
    expect(yields).toBe(0);
  });
});

describe('rows per bulkPut', () => {
  it.each([
    { rows: 40, tookMs: 20, next: 20, why: 'twice the budget: half the rows' },
    { rows: 20, tookMs: 5, next: 40, why: 'half the budget: twice the rows' },
    { rows: 20, tookMs: 1, next: 40, why: 'far under the budget: at most doubled' },
    { rows: 20, tookMs: 0, next: 40, why: 'too quick to measure: doubled' },
    { rows: 150, tookMs: 1, next: 200, why: 'never more than the maximum' },
    { rows: 50, tookMs: 300, next: 10, why: 'never fewer than ten, however busy the device' },
  ])('$rows rows in $tookMs ms: $next next ($why)', ({ rows, tookMs, next }) => {
    expect(nextPutRows(rows, tookMs, 10)).toBe(next);
  });
});

/** The ranges in one of Dexie's range trees (a node holds `from`, `to` and its subtrees `l` and `r`). */
interface RangeNode {
  from?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}
const rangesIn = (node: RangeNode | null | undefined): number =>
  node?.from === undefined ? 0 : 1 + rangesIn(node.l) + rangesIn(node.r);

describe('storing a large pulled batch', () => {
  it("tells Dexie's live queries one range per table and index, not every key, even in small puts", async () => {
    const database = testDatabase.db();
    const prepared = await preparePulledChanges(database, pageOf(120), new Map());
    const told: ObservabilitySet[] = [];
    const listener = (parts: ObservabilitySet) => {
      told.push(parts);
    };
    Dexie.on('storagemutated', listener);
    // A slow phone: every bulkPut seems to take 20 ms, so the calls after the first stay small.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    try {
      await storePulledChanges(database, [prepared]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }

    const patientParts = told.flatMap((parts) =>
      Object.entries(parts).filter(([part]) => part.includes('/patients/')),
    );
    expect(patientParts.length).toBeGreaterThan(0);
    for (const [, ranges] of patientParts) expect(rangesIn(ranges as RangeNode)).toBeLessThanOrEqual(1);
  });
});

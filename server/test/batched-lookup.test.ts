/**
 * The lookup that reads together what requests ask in one turn of the event loop (batched-lookup.ts): each
 * caller gets the row of its own key, and a failed read fails only the callers that waited for it.
 */
import { describe, expect, it } from 'vitest';
import { createBatchedLookup } from '../src/store/batched-lookup';

interface Row {
  key: string;
  value: number;
}

/** A table in memory, recording the keys of every read. */
function table(rows: Row[]) {
  const reads: string[][] = [];
  const lookup = createBatchedLookup<Row>({
    readMany: (keys) => {
      reads.push(keys);
      return Promise.resolve(rows.filter((row) => keys.includes(row.key)));
    },
    keyOf: (row) => row.key,
    maxKeys: 3,
  });
  return { lookup, reads };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a batched lookup', () => {
  it('reads the keys asked in one turn once each, in one read, and gives every caller its own row', async () => {
    const { lookup, reads } = table([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ]);
    const answers = await Promise.all([lookup('a'), lookup('b'), lookup('a'), lookup('unknown')]);
    expect(answers).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
      { key: 'a', value: 1 },
      undefined,
    ]);
    expect(reads).toEqual([['a', 'b', 'unknown']]);
  });

  it('reads keys asked in a later turn in a read of their own', async () => {
    const { lookup, reads } = table([{ key: 'a', value: 1 }]);
    const first = lookup('a');
    await nextTurn();
    const second = lookup('a');
    expect(await Promise.all([first, second])).toEqual([
      { key: 'a', value: 1 },
      { key: 'a', value: 1 },
    ]);
    expect(reads).toEqual([['a'], ['a']]);
  });

  it('splits a large turn into reads of at most maxKeys keys', async () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, value) => ({ key, value }));
    const { lookup, reads } = table(rows);
    const answers = await Promise.all(rows.map((row) => lookup(row.key)));
    expect(answers).toEqual(rows);
    expect(reads).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  });

  it('fails every caller of a failed read with its error, and reads again for the next turn', async () => {
    let isDown = true;
    const lookup = createBatchedLookup<Row>({
      readMany: (keys) =>
        isDown
          ? Promise.reject(new Error('database down'))
          : Promise.resolve(keys.map((key) => ({ key, value: 0 }))),
      keyOf: (row) => row.key,
    });
    const failed = await Promise.allSettled([lookup('a'), lookup('b')]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(failed.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : ''))).toEqual([
      'Error: database down',
      'Error: database down',
    ]);
    isDown = false;
    expect(await lookup('a')).toEqual({ key: 'a', value: 0 });
  });
});

/**
 * A lookup by key that many requests ask at about the same time, answered by one statement: the keys asked
 * in one turn of the event loop are read together when that turn ends (setImmediate, after the requests the
 * turn read from the network), each key once. Under load a statement costs the server's event loop and the
 * database far more than one more row in it: a hundred devices checking in at once were a hundred round
 * trips. On an idle server a lookup waits for the end of the current turn, nothing more.
 */

interface Waiter<Row> {
  resolve: (row: Row | undefined) => void;
  reject: (error: unknown) => void;
}

export interface BatchedLookupOptions<Row> {
  /** Reads the rows of these keys, at most one per key; a key without a row is simply left out. */
  readMany: (keys: string[]) => Promise<Row[]>;
  /** The key a row answers. */
  keyOf: (row: Row) => string;
  /** Keys per statement: a larger burst goes as several statements of bounded size. */
  maxKeys?: number;
}

/** The row of `key` (undefined when there is none), read together with the other keys asked this turn. */
export type BatchedLookup<Row> = (key: string) => Promise<Row | undefined>;

export function createBatchedLookup<Row>({
  readMany,
  keyOf,
  maxKeys = 500,
}: BatchedLookupOptions<Row>): BatchedLookup<Row> {
  let pending = new Map<string, Waiter<Row>[]>();

  /** Settles every waiter of `keys`; a read that throws, even before its promise, fails only them. */
  const read = async (keys: string[], waiters: Map<string, Waiter<Row>[]>) => {
    const waitersOf = (key: string) => waiters.get(key) ?? [];
    try {
      const byKey = new Map((await readMany(keys)).map((row) => [keyOf(row), row]));
      for (const key of keys) for (const waiter of waitersOf(key)) waiter.resolve(byKey.get(key));
    } catch (error) {
      for (const key of keys) for (const waiter of waitersOf(key)) waiter.reject(error);
    }
  };

  const flush = () => {
    const waiters = pending;
    pending = new Map();
    const keys = [...waiters.keys()];
    for (let start = 0; start < keys.length; start += maxKeys)
      void read(keys.slice(start, start + maxKeys), waiters);
  };

  return (key) =>
    new Promise<Row | undefined>((resolve, reject) => {
      if (pending.size === 0) setImmediate(flush);
      const waiters = pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else pending.set(key, [{ resolve, reject }]);
    });
}
